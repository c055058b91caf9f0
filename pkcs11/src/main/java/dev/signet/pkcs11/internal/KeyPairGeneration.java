package dev.signet.pkcs11.internal;

import dev.signet.core.CredentialsException;
import dev.signet.core.Hex;
import dev.signet.core.KeyFormatException;
import dev.signet.core.SigningAlgorithm;
import dev.signet.pkcs11.Pkcs11Uri;
import java.math.BigInteger;
import java.security.SecureRandom;
import org.xipki.pkcs11.wrapper.AttributeVector;
import org.xipki.pkcs11.wrapper.KeyPairTemplate;
import org.xipki.pkcs11.wrapper.Mechanism;
import org.xipki.pkcs11.wrapper.PKCS11Constants;
import org.xipki.pkcs11.wrapper.PKCS11KeyPair;
import org.xipki.pkcs11.wrapper.Session;
import org.xipki.pkcs11.wrapper.TokenException;

/**
 * Generates a key pair inside a token: the private key sensitive, never extractable, signing only, on the token
 * (not the session); the public key beside it with the same label and a fresh random {@code CKA_ID}. Never reuses a
 * label or id already on the token. A token that reports the new key extractable anyway has both objects deleted.
 */
final class KeyPairGeneration {
    private static final byte[] ED25519_OID = {0x06, 0x03, 0x2b, 0x65, 0x70};
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyPairGeneration() {}

    static void generate(Session session, String tokenName, Pkcs11Uri uri, SigningAlgorithm algorithm, int rsaBits) throws TokenException {
        String label = uri.object().orElseThrow(() -> new CredentialsException("name the new key with object=LABEL in the URI"));
        byte[] id = uri.id().orElseGet(() -> {
            byte[] random = new byte[8];
            RANDOM.nextBytes(random);
            return random;
        });
        String clash = session.findObjectsSingle(new AttributeVector().label(label), 1).length > 0 ? "labelled " + Quoted.quote(label)
                : session.findObjectsSingle(new AttributeVector().id(id), 1).length > 0 ? "with id " + Hex.encode(id) : null;
        if (clash != null) {
            throw new CredentialsException(tokenName + " already holds an object " + clash
                    + "; signet keygen never overwrites a key: choose another object= (and id=)");
        }
        AttributeVector privateKey = AttributeVector.newPrivateKey().token(true).private_(true).sensitive(true).extractable(false)
                .sign(true).label(label).id(id);
        AttributeVector publicKey = AttributeVector.newPublicKey().token(true).private_(false).verify(true).label(label).id(id);
        long mechanism;
        if (algorithm == SigningAlgorithm.ED25519) {
            mechanism = PKCS11Constants.CKM_EC_EDWARDS_KEY_PAIR_GEN;
            privateKey.keyType(PKCS11Constants.CKK_EC_EDWARDS);
            publicKey.keyType(PKCS11Constants.CKK_EC_EDWARDS).ecParams(ED25519_OID);
        } else if (algorithm == SigningAlgorithm.RSA_PKCS1_SHA256) {
            if (rsaBits != 2048 && rsaBits != 3072 && rsaBits != 4096) {
                throw new IllegalArgumentException("--bits must be 2048, 3072 or 4096");
            }
            mechanism = PKCS11Constants.CKM_RSA_PKCS_KEY_PAIR_GEN;
            privateKey.keyType(PKCS11Constants.CKK_RSA);
            publicKey.keyType(PKCS11Constants.CKK_RSA).modulusBits(rsaBits).publicExponent(BigInteger.valueOf(65537));
        } else {
            throw new IllegalArgumentException(algorithm + " keys are shared secrets; a token generates ed25519 or rsa key pairs");
        }
        PKCS11KeyPair pair = session.generateKeyPair(new Mechanism(mechanism), new KeyPairTemplate(privateKey, publicKey));
        AttributeVector made = session.getAttrValues(pair.getPrivateKey(), PKCS11Constants.CKA_SENSITIVE, PKCS11Constants.CKA_EXTRACTABLE);
        if (!Boolean.TRUE.equals(made.sensitive()) || !Boolean.FALSE.equals(made.extractable())) {
            session.destroyObject(pair.getPrivateKey());
            session.destroyObject(pair.getPublicKey());
            throw new KeyFormatException(tokenName + " made the new key extractable although Signet asked it not to; "
                    + "the key was deleted: use a token that honours CKA_EXTRACTABLE=false");
        }
    }
}
