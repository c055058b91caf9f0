package dev.signet.core;

import dev.signet.core.internal.Fingerprints;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Secret bytes (an HMAC secret, a private key's encoding, a passphrase) that are wiped on {@link #close()}.
 *
 * <p>A secret never prints itself: {@link #toString()} is {@code Secret[sha256:1a2b3c4d]}, a short SHA-256
 * fingerprint. Nothing returns the bytes except {@link InsecureSecretAccess}, so every read is a visible decision.
 * Secrets come from a {@link dev.signet.credentials.CredentialsProvider} (which applies the {@link SecretPolicy}).
 *
 * <pre>{@code try (Secret s = provider.resolveCredentials().signingKey().material()) { ... }}</pre>
 */
public final class Secret implements AutoCloseable {
    private final byte[] value;
    private final String fingerprint;
    /** What {@link #equals} compares: a tagged SHA-256, not the plain one (for a secret over 64 bytes, its HMAC key). */
    private final byte[] identity;
    private volatile boolean closed;

    /** Takes ownership of {@code value}: the caller must not keep or reuse the array. */
    Secret(byte[] value) {
        this.value = value;
        this.fingerprint = Fingerprints.ofSecret(value);
        this.identity = Fingerprints.identity(value);
    }

    /** The number of secret bytes. */
    public int length() {
        checkOpen();
        return value.length;
    }

    /** The short SHA-256 fingerprint, {@code sha256:1a2b3c4d}; safe to log. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Whether {@link #close()} has wiped this secret. */
    public boolean isClosed() {
        return closed;
    }

    /** Wipes the bytes; later reads throw {@link IllegalStateException}. Idempotent. */
    @Override
    public void close() {
        closed = true;
        Arrays.fill(value, (byte) 0);
    }

    byte[] copyValue() {
        checkOpen();
        byte[] copy = value.clone();
        checkOpen();
        return copy;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("Secret " + fingerprint()
                    + " was closed and its bytes wiped; load the credentials again instead of reusing a closed one");
        }
    }

    /** Constant-time comparison of SHA-256 digests (of a fixed tag and the secret). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Secret && MessageDigest.isEqual(identity, ((Secret) other).identity);
    }

    @Override
    public int hashCode() {
        return (identity[0] & 0xff) << 24 | (identity[1] & 0xff) << 16 | (identity[2] & 0xff) << 8 | (identity[3] & 0xff);
    }

    @Override
    public String toString() {
        return "Secret[" + fingerprint() + "]";
    }
}
