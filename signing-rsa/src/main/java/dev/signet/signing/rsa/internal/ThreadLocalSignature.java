package dev.signet.signing.rsa.internal;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One JDK {@code SHA256withRSA} {@link Signature} per thread, initialised once with the key; {@code sign} and
 * {@code verify} leave it ready for the next call. Keeps provider lookup and key setup off the hot path.
 */
public final class ThreadLocalSignature {
    private static final String ALGORITHM = "SHA256withRSA";
    private final ThreadLocal<Signature> perThread;

    /** Instances made by {@code factory}, one per thread, made again after {@link #release()} or a failure. */
    ThreadLocalSignature(Supplier<Signature> factory) {
        this.perThread = ThreadLocal.withInitial(factory);
    }

    /** Per-thread signing instances. */
    public static ThreadLocalSignature forSigning(PrivateKey key) {
        return new ThreadLocalSignature(() -> {
            try {
                Signature s = Signature.getInstance(ALGORITHM);
                s.initSign(key);
                return s;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("SHA256withRSA is required by every Java platform", e);
            }
        });
    }

    /** Per-thread verifying instances. */
    public static ThreadLocalSignature forVerifying(PublicKey key) {
        return new ThreadLocalSignature(() -> {
            try {
                Signature s = Signature.getInstance(ALGORITHM);
                s.initVerify(key);
                return s;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("SHA256withRSA is required by every Java platform", e);
            }
        });
    }

    /**
     * Signs into {@code out}; returns the bytes written. Bounds are checked before anything is fed, and a failure
     * drops this thread's instance, so no call can leave bytes in the digest that the next signature would cover.
     */
    public int sign(byte[] message, int off, int len, byte[] out, int outOff, int sigLength) {
        Objects.checkFromIndexSize(off, len, message.length);
        if (outOff < 0 || out.length - outOff < sigLength) {
            throw new IllegalArgumentException("output buffer needs " + sigLength + " bytes from offset " + outOff);
        }
        Signature s = perThread.get();
        try {
            s.update(message, off, len);
            return s.sign(out, outOff, sigLength);
        } catch (SignatureException | RuntimeException e) {
            perThread.remove();
            throw new IllegalStateException("RSA signing failed (" + e.getClass().getSimpleName() + "); if it repeats, the "
                    + "private key is inconsistent: re-export it", e);
        }
    }

    /** Drops the calling thread's instance (other threads drop theirs when they end). */
    public void release() {
        perThread.remove();
    }

    /** Whether {@code signature} verifies; malformed signatures are invalid. */
    public boolean verify(byte[] message, byte[] signature) {
        Signature s = perThread.get();
        try {
            s.update(message);
            return s.verify(signature);
        } catch (SignatureException e) {
            return false;
        }
    }
}
