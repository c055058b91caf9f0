package dev.signet.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * SHA-256 digests and their short printable form, {@code sha256:1a2b3c4d}. Every digest object is reset after use:
 * until then it holds the last block of its input and the full hash, and the full SHA-256 of an HMAC secret longer
 * than 64 bytes is the key HMAC actually uses.
 */
public final class Fingerprints {
    private static final int SHORT_BYTES = 4;
    /** Prefixed to a secret for {@link #identity}, so that digest is never the secret's plain SHA-256. */
    private static final byte[] IDENTITY_TAG = "signet secret identity\0".getBytes(StandardCharsets.US_ASCII);

    private Fingerprints() {}

    /** The SHA-256 digest of {@code data}. */
    public static byte[] sha256(byte[] data) {
        return sha256(data, newSha256());
    }

    /** {@link #sha256(byte[])} through {@code digest}, which is reset before returning (a seam for tests). */
    static byte[] sha256(byte[] data, MessageDigest digest) {
        try {
            return digest.digest(data);
        } finally {
            digest.reset();
        }
    }

    /** The short fingerprint of secret bytes, {@code sha256:1a2b3c4d}; the full digest is wiped. */
    public static String ofSecret(byte[] secret) {
        return ofSecret(secret, newSha256());
    }

    /** {@link #ofSecret(byte[])} through {@code sha256}, whose full digest is wiped before returning (a seam for tests). */
    static String ofSecret(byte[] secret, MessageDigest sha256) {
        byte[] digest = sha256(secret, sha256);
        try {
            return shortForm(digest);
        } finally {
            Arrays.fill(digest, (byte) 0);
        }
    }

    /** A digest to compare secrets by: SHA-256 of a fixed tag and the secret, never usable as the secret's HMAC key. */
    public static byte[] identity(byte[] secret) {
        return identity(secret, newSha256());
    }

    /** {@link #identity(byte[])} through {@code digest}, which is reset before returning (a seam for tests). */
    static byte[] identity(byte[] secret, MessageDigest digest) {
        try {
            digest.update(IDENTITY_TAG);
            return digest.digest(secret);
        } finally {
            digest.reset();
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The short printable form of a SHA-256 digest. */
    public static String shortForm(byte[] digest) {
        return "sha256:" + dev.signet.core.Hex.encode(digest, 0, SHORT_BYTES);
    }
}
