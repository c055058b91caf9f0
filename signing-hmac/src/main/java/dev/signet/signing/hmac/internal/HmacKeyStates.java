package dev.signet.signing.hmac.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The HMAC key reduced, once, to what the engine feeds SHA-256 (RFC 2104): the ipad and opad blocks, and JDK
 * digests that have already absorbed them (templates to clone). Unchanged from construction until {@link #wipe()},
 * so concurrent clones and reads are safe.
 */
final class HmacKeyStates {
    static final int BLOCK = 64;
    private static final byte IPAD = 0x36;
    private static final byte OPAD = 0x5c;

    final byte[] innerPad;
    final byte[] outerPad;
    final MessageDigest inner;
    final MessageDigest outer;

    /** Derives the pads and templates; wipes {@code key} and every intermediate copy. */
    HmacKeyStates(byte[] key) {
        byte[] k = key.length > BLOCK ? reduced(key) : key;
        try {
            innerPad = padded(k, IPAD);
            outerPad = padded(k, OPAD);
        } finally {
            Arrays.fill(k, (byte) 0);
            Arrays.fill(key, (byte) 0);
        }
        inner = absorbing(innerPad);
        outer = absorbing(outerPad);
    }

    /** Overwrites the pads and resets the digests that absorbed them (each holds a key-equivalent state). */
    void wipe() {
        Arrays.fill(innerPad, (byte) 0);
        Arrays.fill(outerPad, (byte) 0);
        inner.reset();
        outer.reset();
    }

    /** SHA-256 of a key longer than a block (RFC 2104); the digest is reset, as it holds the key's last block and hash. */
    private static byte[] reduced(byte[] key) {
        MessageDigest digest = newDigest();
        try {
            return digest.digest(key);
        } finally {
            digest.reset();
        }
    }

    private static byte[] padded(byte[] key, byte pad) {
        byte[] block = new byte[BLOCK];
        Arrays.fill(block, pad);
        for (int i = 0; i < key.length; i++) {
            block[i] = (byte) (key[i] ^ pad);
        }
        return block;
    }

    private static MessageDigest absorbing(byte[] block) {
        MessageDigest digest = newDigest();
        digest.update(block);
        return digest;
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** A fresh copy of a template digest; the templates themselves are never updated after construction. */
    static MessageDigest copy(MessageDigest template) {
        try {
            return (MessageDigest) template.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the platform's SHA-256 digest is not cloneable", e);
        }
    }
}
