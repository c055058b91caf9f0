package dev.signet.core.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 digests and their short printable form, {@code sha256:1a2b3c4d}. */
public final class Fingerprints {
    private static final int SHORT_BYTES = 4;

    private Fingerprints() {}

    /** The SHA-256 digest of {@code data}. */
    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The short printable form of a SHA-256 digest. */
    public static String shortForm(byte[] digest) {
        return "sha256:" + dev.signet.core.Hex.encode(digest, 0, SHORT_BYTES);
    }
}
