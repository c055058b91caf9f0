package dev.signet.keys;

import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;

/** Signs with the JDK's own Ed25519 / SHA256withRSA from a parsed key's PKCS#8, so tests need no Signet signer. */
final class JdkSignatures {
    private JdkSignatures() {}

    static byte[] sign(SigningKey key, byte[] message) throws GeneralSecurityException {
        boolean rsa = key.algorithm() == SigningAlgorithm.RSA_PKCS1_SHA256;
        byte[] pkcs8 = InsecureSecretAccess.copyBytes(key.material());
        try {
            Signature signature = Signature.getInstance(rsa ? "SHA256withRSA" : "Ed25519");
            signature.initSign(KeyFactory.getInstance(rsa ? "RSA" : "Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8)));
            signature.update(message);
            return signature.sign();
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }
}
