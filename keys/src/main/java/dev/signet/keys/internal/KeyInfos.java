package dev.signet.keys.internal;

import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyFormatException;
import dev.signet.core.Secret;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;

/**
 * Turns decoded private keys (PKCS#8 {@code PrivateKeyInfo} or BouncyCastle key parameters) into a
 * {@link SigningKey}: RFC 8410 v1 PKCS#8 for Ed25519, PKCS#8 with CRT parameters for RSA, plus the SPKI.
 */
public final class KeyInfos {
    /** The largest RSA modulus read, as in OpenSSH: larger ones only make every signature slow. */
    private static final int MAX_RSA_BITS = 16384;

    private KeyInfos() {}

    /** A signing key from a PKCS#8 structure; {@code format} names the detected format in errors. */
    public static SigningKey fromPrivateKeyInfo(PrivateKeyInfo info, String format) {
        ASN1ObjectIdentifier oid = info.getPrivateKeyAlgorithm().getAlgorithm();
        try {
            if (oid.equals(EdECObjectIdentifiers.id_Ed25519)) {
                byte[] seed = org.bouncycastle.asn1.ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets();
                try {
                    return matching(ed25519(seed, format), info, format);
                } finally {
                    Arrays.fill(seed, (byte) 0);
                }
            }
            if (oid.equals(PKCSObjectIdentifiers.rsaEncryption)) {
                return rsa(RSAPrivateKey.getInstance(info.parsePrivateKey()), format);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new KeyFormatException(format + ": the key inside is malformed or truncated");
        }
        throw unsupported(format, oid.getId());
    }

    /** {@code key}, if a PKCS#8 v2 file's optional public key is the one its private key derives (RFC 8410 §7). */
    private static SigningKey matching(SigningKey key, PrivateKeyInfo info, String format) {
        if (info.getPublicKeyData() == null) {
            return key;
        }
        byte[] stated = info.getPublicKeyData().getOctets();
        byte[] derived = SubjectPublicKeyInfo.getInstance(key.publicKeySpki().orElseThrow()).getPublicKeyData().getOctets();
        if (!Arrays.equals(stated, derived)) {
            key.close();
            throw new KeyFormatException(format + ": the file's public key is not the one its private key derives; the file is "
                    + "corrupt or was edited");
        }
        return key;
    }

    /** A signing key from BouncyCastle key parameters (OpenSSH keys). */
    public static SigningKey fromParameters(AsymmetricKeyParameter params, String format) {
        if (params instanceof Ed25519PrivateKeyParameters) {
            byte[] seed = ((Ed25519PrivateKeyParameters) params).getEncoded();
            try {
                return ed25519(seed, format);
            } finally {
                Arrays.fill(seed, (byte) 0);
            }
        }
        if (params instanceof RSAPrivateCrtKeyParameters) {
            RSAPrivateCrtKeyParameters k = (RSAPrivateCrtKeyParameters) params;
            return rsa(new RSAPrivateKey(k.getModulus(), k.getPublicExponent(), k.getExponent(), k.getP(), k.getQ(),
                    k.getDP(), k.getDQ(), k.getQInv()), format);
        }
        throw unsupported(format, params.getClass().getSimpleName().replace("PrivateKeyParameters", ""));
    }

    /** An Ed25519 signing key from its 32-byte seed (not retained). */
    public static SigningKey ed25519(byte[] seed, String format) {
        if (seed.length != Ed25519PrivateKeyParameters.KEY_SIZE) {
            throw new KeyFormatException(format + ": an Ed25519 private key must be 32 bytes, this one has " + seed.length);
        }
        Ed25519PrivateKeyParameters params = new Ed25519PrivateKeyParameters(seed, 0);
        byte[] spki = der(new SubjectPublicKeyInfo(new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519),
                params.generatePublicKey().getEncoded()), format);
        PrivateKeyInfo pkcs8;
        try {
            pkcs8 = new PrivateKeyInfo(new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519), new DEROctetString(seed));
        } catch (IOException e) {
            throw new KeyFormatException(format + ": cannot re-encode the Ed25519 key");
        }
        return SigningKey.privateKey(SigningAlgorithm.ED25519, secret(pkcs8, format), spki);
    }

    private static SigningKey rsa(RSAPrivateKey key, String format) {
        if (key.getPrime1().signum() == 0 || key.getExponent1().signum() == 0 || key.getCoefficient().signum() == 0) {
            throw new KeyFormatException(format + ": this RSA key has no CRT parameters (p, q, dp, dq, qinv), which signing "
                    + "needs for speed and fault safety; re-export it with: openssl pkey -in key.pem -out key-crt.pem");
        }
        if (key.getModulus().bitLength() > MAX_RSA_BITS) {
            throw new KeyFormatException(format + ": this RSA key has " + key.getModulus().bitLength() + " bits; Signet reads "
                    + "at most " + MAX_RSA_BITS + " (as OpenSSH does)");
        }
        if (!crtConsistent(key)) {
            throw new KeyFormatException(format + ": the RSA key's CRT values are inconsistent: the file is corrupt");
        }
        byte[] spki;
        try {
            spki = SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(
                    new RSAKeyParameters(false, key.getModulus(), key.getPublicExponent())).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new KeyFormatException(format + ": cannot derive the RSA public key");
        }
        PrivateKeyInfo pkcs8;
        try {
            pkcs8 = new PrivateKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption,
                    org.bouncycastle.asn1.DERNull.INSTANCE), key);
        } catch (IOException e) {
            throw new KeyFormatException(format + ": cannot re-encode the RSA key");
        }
        return SigningKey.privateKey(SigningAlgorithm.RSA_PKCS1_SHA256, secret(pkcs8, format), spki);
    }

    /**
     * Whether n = p·q, e·dP ≡ 1 (mod p−1), e·dQ ≡ 1 (mod q−1), dP and dQ agree with d, and q·qInv ≡ 1 (mod p): a key
     * that fails signs wrongly, and a CRT signature made with a wrong value can reveal a prime.
     */
    private static boolean crtConsistent(RSAPrivateKey k) {
        BigInteger n = k.getModulus();
        BigInteger e = k.getPublicExponent();
        BigInteger p = k.getPrime1();
        BigInteger q = k.getPrime2();
        for (BigInteger value : new BigInteger[] {e, p, q, k.getPrivateExponent(), k.getExponent1(), k.getExponent2(), k.getCoefficient()}) {
            if (value.signum() <= 0 || value.compareTo(n) >= 0) {
                return false;
            }
        }
        if (e.equals(BigInteger.ONE) || !p.multiply(q).equals(n)) {
            return false;
        }
        BigInteger p1 = p.subtract(BigInteger.ONE);
        BigInteger q1 = q.subtract(BigInteger.ONE);
        return k.getExponent1().equals(k.getPrivateExponent().mod(p1)) && k.getExponent2().equals(k.getPrivateExponent().mod(q1))
                && e.multiply(k.getExponent1()).mod(p1).equals(BigInteger.ONE) && e.multiply(k.getExponent2()).mod(q1).equals(BigInteger.ONE)
                && q.multiply(k.getCoefficient()).mod(p).equals(BigInteger.ONE);
    }

    private static Secret secret(PrivateKeyInfo info, String format) {
        byte[] der = der(info, format);
        try {
            return InsecureSecretAccess.secretFromBytes(der);
        } finally {
            Arrays.fill(der, (byte) 0);
        }
    }

    private static byte[] der(org.bouncycastle.asn1.ASN1Object object, String format) {
        try {
            return object.getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new KeyFormatException(format + ": cannot encode the key");
        }
    }

    /** The error for keys of an algorithm Signet does not sign with. */
    public static KeyFormatException unsupported(String format, String algorithm) {
        return new KeyFormatException(format + ": unsupported key algorithm " + algorithm
                + "; Signet signs with Ed25519 and RSA keys (make one with: signet keygen --algorithm ed25519 --out DIR)");
    }
}
