package dev.signet.pkcs11.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted PBKDF2 digest of the PIN a token login was made with, so a later key on the same token can be held to the
 * same PIN without Signet keeping the PIN. No PIN (a PIN pad) matches only no PIN.
 */
final class PinDigest {
    private static final int ITERATIONS = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] salt;
    private final byte[] digest;

    private PinDigest(byte[] salt, byte[] digest) {
        this.salt = salt;
        this.digest = digest;
    }

    static PinDigest of(char[] pin) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new PinDigest(salt, pin == null ? null : derive(pin, salt));
    }

    /** Constant-time comparison with the digest of {@code pin}. */
    boolean matches(char[] pin) {
        if (pin == null || digest == null) {
            return pin == null && digest == null;
        }
        return MessageDigest.isEqual(digest, derive(pin, salt));
    }

    private static byte[] derive(char[] pin, byte[] salt) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, ITERATIONS, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is required by every Java platform", e);
        } finally {
            spec.clearPassword();
        }
    }
}
