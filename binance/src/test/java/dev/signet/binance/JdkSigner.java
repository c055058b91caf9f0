package dev.signet.binance;

import dev.signet.core.Signer;
import dev.signet.core.SigningAlgorithm;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;

/** An independent test signer on the JDK's {@code java.security.Signature} (SunEC / SunRsaSign). */
final class JdkSigner implements Signer {
    private final SigningAlgorithm algorithm;
    private final PrivateKey key;
    private final int length;

    JdkSigner(SigningAlgorithm algorithm, PrivateKey key, int length) {
        this.algorithm = algorithm;
        this.key = key;
        this.length = length;
    }

    @Override
    public SigningAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public int signatureLength() {
        return length;
    }

    @Override
    public int sign(byte[] message, int off, int len, byte[] out, int outOff) {
        try {
            Signature s = Signature.getInstance(algorithm == SigningAlgorithm.ED25519 ? "Ed25519" : "SHA256withRSA");
            s.initSign(key);
            s.update(message, off, len);
            return s.sign(out, outOff, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
