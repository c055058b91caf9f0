package dev.signet.signing.hmac.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The HMAC key reduced, once, to the SHA-256 states after the ipad and opad blocks (RFC 2104), in the two forms
 * the signer uses: JDK digests to clone (intrinsic-backed) and raw state words (for the allocation-free path).
 * Immutable after construction, so concurrent clones are safe.
 */
final class HmacKeyStates {
    private static final byte IPAD = 0x36;
    private static final byte OPAD = 0x5c;

    final MessageDigest inner;
    final MessageDigest outer;
    final int[] innerWords;
    final int[] outerWords;

    /** Derives the states; wipes {@code key} and every intermediate copy. */
    HmacKeyStates(byte[] key) {
        byte[] block = new byte[Sha256.BLOCK];
        byte[] k = key.length > Sha256.BLOCK ? newDigest().digest(key) : key;
        int[] w = new int[64];
        try {
            inner = padded(k, IPAD, block);
            innerWords = words(block, w);
            outer = padded(k, OPAD, block);
            outerWords = words(block, w);
        } finally {
            Arrays.fill(block, (byte) 0);
            Arrays.fill(w, 0);
            Arrays.fill(k, (byte) 0);
            Arrays.fill(key, (byte) 0);
        }
    }

    private static MessageDigest padded(byte[] key, byte pad, byte[] block) {
        Arrays.fill(block, pad);
        for (int i = 0; i < key.length; i++) {
            block[i] = (byte) (key[i] ^ pad);
        }
        MessageDigest digest = newDigest();
        digest.update(block);
        return digest;
    }

    private static int[] words(byte[] block, int[] w) {
        int[] state = Sha256.IV.clone();
        Sha256.compress(state, block, 0, w);
        return state;
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
