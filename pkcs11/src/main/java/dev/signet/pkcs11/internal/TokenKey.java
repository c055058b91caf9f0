package dev.signet.pkcs11.internal;

import dev.signet.core.CredentialsException;
import dev.signet.core.Hex;
import dev.signet.core.KeyFormatException;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.WeakKeyException;
import dev.signet.pkcs11.Pkcs11Uri;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.cert.CertificateFactory;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import org.xipki.pkcs11.wrapper.AttributeVector;
import org.xipki.pkcs11.wrapper.MechanismInfo;
import org.xipki.pkcs11.wrapper.PKCS11Constants;
import org.xipki.pkcs11.wrapper.Session;
import org.xipki.pkcs11.wrapper.Token;
import org.xipki.pkcs11.wrapper.TokenException;

/**
 * The private key a URI names in one token: exactly one object must match; it must be an Ed25519
 * ({@code CKK_EC_EDWARDS} on edwards25519) or RSA key of 2048 bits or more that may sign, on a token that offers
 * the mechanism; its public half comes from the key (RSA), the public-key object or the certificate beside it.
 *
 * @param handle the object handle
 * @param algorithm what it signs
 * @param mechanism {@code CKM_EDDSA} or {@code CKM_SHA256_RSA_PKCS}
 * @param spki the public key, X.509 SubjectPublicKeyInfo DER
 * @param signatureLength bytes per signature
 * @param description token, label, id, key type, mechanism, extractability: for messages and {@code signet doctor}
 */
record TokenKey(long handle, SigningAlgorithm algorithm, long mechanism, byte[] spki, int signatureLength, String description) {
    private static final byte[] ED25519_OID = {0x06, 0x03, 0x2b, 0x65, 0x70};
    private static final byte[] ED25519_NAME = {0x13, 0x0c, 'e', 'd', 'w', 'a', 'r', 'd', 's', '2', '5', '5', '1', '9'};
    private static final byte[] ED25519_SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
    private static final int MIN_RSA_BITS = 2048;

    static TokenKey find(Session session, Token token, String tokenName, Pkcs11Uri uri) throws TokenException {
        String name = tokenName + " " + uri.describeKey().replaceFirst("^token '[^']*' ?", "");
        AttributeVector template = AttributeVector.newPrivateKey();
        uri.object().ifPresent(template::label);
        uri.id().ifPresent(template::id);
        long[] found = session.findObjectsSingle(template, 2);
        if (found.length == 0) {
            throw new CredentialsException("no private key " + name.substring(tokenName.length()).strip() + " in " + tokenName
                    + "; list its keys with pkcs11-tool --list-objects --type privkey --login, or create one with signet keygen --key-uri");
        }
        if (found.length > 1) {
            throw new CredentialsException("more than one private key in " + tokenName + " matches " + uri.describeKey()
                    + "; add id= to the URI to choose one");
        }
        long handle = found[0];
        AttributeVector attributes = session.getAttrValues(handle, PKCS11Constants.CKA_KEY_TYPE, PKCS11Constants.CKA_SIGN,
                PKCS11Constants.CKA_ID, PKCS11Constants.CKA_LABEL, PKCS11Constants.CKA_EXTRACTABLE, PKCS11Constants.CKA_SENSITIVE);
        Long keyType = attributes.keyType();
        if (!Boolean.TRUE.equals(attributes.sign())) {
            throw new KeyFormatException(name + " may not sign (CKA_SIGN is false); generate a signing key with signet keygen --key-uri");
        }
        SigningAlgorithm algorithm;
        byte[] spki;
        long mechanism;
        int length;
        if (keyType != null && keyType == PKCS11Constants.CKK_EC_EDWARDS) {
            algorithm = SigningAlgorithm.ED25519;
            mechanism = PKCS11Constants.CKM_EDDSA;
            spki = ed25519PublicKey(session, handle, attributes.id(), attributes.label(), name);
            length = 64;
        } else if (keyType != null && keyType == PKCS11Constants.CKK_RSA) {
            algorithm = SigningAlgorithm.RSA_PKCS1_SHA256;
            mechanism = PKCS11Constants.CKM_SHA256_RSA_PKCS;
            AttributeVector rsa = session.getAttrValues(handle, PKCS11Constants.CKA_MODULUS, PKCS11Constants.CKA_PUBLIC_EXPONENT);
            spki = rsaPublicKey(rsa.modulus(), rsa.publicExponent(), name);
            length = (rsa.modulus().bitLength() + 7) / 8;
        } else {
            throw new KeyFormatException(name + " is a " + (keyType == null ? "key of unknown type"
                    : PKCS11Constants.codeToName(PKCS11Constants.Category.CKK, keyType)) + "; Signet signs with Ed25519 "
                    + "(CKK_EC_EDWARDS) or RSA (CKK_RSA) keys");
        }
        MechanismInfo offered = token.getMechanismInfo(mechanism);
        if (offered == null || !offered.hasFlagBit(PKCS11Constants.CKF_SIGN)) {
            throw new KeyFormatException(tokenName + " does not offer " + mechanismName(mechanism) + " for signing");
        }
        boolean extractable = !Boolean.FALSE.equals(attributes.extractable()) || !Boolean.TRUE.equals(attributes.sensitive());
        String description = name + ": " + algorithm.cliName() + " (" + PKCS11Constants.codeToName(PKCS11Constants.Category.CKK, keyType)
                + "), " + mechanismName(mechanism) + " available, " + (extractable ? "EXTRACTABLE" : "sensitive, not extractable");
        return new TokenKey(handle, algorithm, mechanism, spki, length, description);
    }

    static String mechanismName(long mechanism) {
        return PKCS11Constants.codeToName(PKCS11Constants.Category.CKM, mechanism);
    }

    private static byte[] ed25519PublicKey(Session session, long privateKey, byte[] id, String label, String name) throws TokenException {
        byte[] params = session.getAttrValues(privateKey, PKCS11Constants.CKA_EC_PARAMS).ecParams();
        if (params != null && !Arrays.equals(params, ED25519_OID) && !Arrays.equals(params, ED25519_NAME)) {
            throw new KeyFormatException(name + " is an Edwards key but not on edwards25519; Signet signs with Ed25519 keys");
        }
        AttributeVector match = AttributeVector.newPublicKey();
        AttributeVector certificate = AttributeVector.newX509Certificate();
        if (id != null && id.length > 0) {
            match.id(id);
            certificate.id(id);
        } else {
            match.label(label);
            certificate.label(label);
        }
        long[] publicKeys = session.findObjectsSingle(match, 2);
        if (publicKeys.length == 1) {
            byte[] point = session.getAttrValues(publicKeys[0], PKCS11Constants.CKA_EC_POINT).ecPoint();
            if (point != null && point.length == 34 && point[0] == 0x04 && point[1] == 32) {
                point = Arrays.copyOfRange(point, 2, 34);
            }
            if (point == null || point.length != 32) {
                throw new KeyFormatException("the public key beside " + name + " is not a 32-byte Ed25519 point");
            }
            byte[] spki = Arrays.copyOf(ED25519_SPKI_PREFIX, ED25519_SPKI_PREFIX.length + 32);
            System.arraycopy(point, 0, spki, ED25519_SPKI_PREFIX.length, 32);
            return spki;
        }
        long[] certificates = session.findObjectsSingle(certificate, 2);
        if (publicKeys.length == 0 && certificates.length == 1) {
            byte[] der = session.getAttrValues(certificates[0], PKCS11Constants.CKA_VALUE).value();
            try {
                byte[] spki = CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der))
                        .getPublicKey().getEncoded();
                if (spki.length == ED25519_SPKI_PREFIX.length + 32 && Arrays.equals(spki, 0, ED25519_SPKI_PREFIX.length,
                        ED25519_SPKI_PREFIX, 0, ED25519_SPKI_PREFIX.length)) {
                    return spki;
                }
            } catch (GeneralSecurityException | RuntimeException e) {
                throw new KeyFormatException("the certificate beside " + name + " is not a readable X.509 certificate");
            }
            throw new KeyFormatException("the certificate beside " + name + " does not hold an Ed25519 key");
        }
        throw new KeyFormatException(name + " has " + (publicKeys.length + certificates.length == 0 ? "no" : "more than one")
                + " public key or certificate with " + (id != null && id.length > 0 ? "id " + Hex.encode(id) : "its label")
                + " beside it; Signet needs exactly one to print and check the public key");
    }

    private static byte[] rsaPublicKey(BigInteger modulus, BigInteger exponent, String name) {
        if (modulus == null || exponent == null) {
            throw new KeyFormatException(name + " does not show its modulus and public exponent");
        }
        if (modulus.bitLength() < MIN_RSA_BITS) {
            throw new WeakKeyException(name + " has " + modulus.bitLength() + " bits; the minimum is " + MIN_RSA_BITS
                    + ": generate a new key with signet keygen --algorithm rsa --key-uri …");
        }
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new KeyFormatException(name + " has an unusable RSA public key");
        }
    }
}
