package dev.signet.keys.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** bcrypt-pbkdf as OpenSSH uses it to derive the cipher key and IV of an encrypted private key. */
final class BcryptPbkdf {
    private static final byte[] MAGIC = "OxychromaticBlowfishSwatDynamite".getBytes(StandardCharsets.US_ASCII);
    private static final int HASH_BYTES = 32;
    private static final int HASH_ROUNDS = 64;

    private BcryptPbkdf() {}

    /** Derives {@code length} bytes from the passphrase bytes, salt and round count. */
    static byte[] derive(byte[] passphrase, byte[] salt, int rounds, int length) {
        MessageDigest sha512 = sha512();
        int stride = (length + HASH_BYTES - 1) / HASH_BYTES;
        int amount = (length + stride - 1) / stride;
        byte[] key = new byte[length];
        byte[] sha2pass = sha512.digest(passphrase);
        try {
            int remaining = length;
            for (int count = 1; remaining > 0; count++) {
                sha512.update(salt);
                sha512.update(new byte[] {(byte) (count >>> 24), (byte) (count >>> 16), (byte) (count >>> 8), (byte) count});
                byte[] block = hash(sha2pass, sha512.digest());
                byte[] out = block.clone();
                for (int i = 1; i < rounds; i++) {
                    block = hash(sha2pass, sha512.digest(block));
                    for (int j = 0; j < out.length; j++) {
                        out[j] ^= block[j];
                    }
                }
                int written = 0;
                for (int i = 0; i < Math.min(amount, remaining); i++) {
                    int dest = i * stride + (count - 1);
                    if (dest >= length) {
                        break;
                    }
                    key[dest] = out[i];
                    written++;
                }
                remaining -= written;
                Wipe.bytes(out);
                Wipe.bytes(block);
            }
            return key;
        } finally {
            Wipe.bytes(sha2pass);
        }
    }

    private static byte[] hash(byte[] sha2pass, byte[] sha2salt) {
        BlowfishState state = new BlowfishState();
        state.expand(sha2salt, sha2pass);
        for (int i = 0; i < HASH_ROUNDS; i++) {
            state.expand(sha2salt);
            state.expand(sha2pass);
        }
        int[] words = new int[HASH_BYTES / 4];
        for (int i = 0; i < words.length; i++) {
            words[i] = ((MAGIC[4 * i] & 0xff) << 24) | ((MAGIC[4 * i + 1] & 0xff) << 16)
                    | ((MAGIC[4 * i + 2] & 0xff) << 8) | (MAGIC[4 * i + 3] & 0xff);
        }
        for (int i = 0; i < HASH_ROUNDS; i++) {
            state.encrypt(words);
        }
        byte[] out = new byte[HASH_BYTES];
        for (int i = 0; i < words.length; i++) {
            out[4 * i] = (byte) words[i];
            out[4 * i + 1] = (byte) (words[i] >>> 8);
            out[4 * i + 2] = (byte) (words[i] >>> 16);
            out[4 * i + 3] = (byte) (words[i] >>> 24);
        }
        Arrays.fill(words, 0);
        Wipe.bytes(sha2salt);
        return out;
    }

    private static MessageDigest sha512() {
        try {
            return MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is required by every Java platform", e);
        }
    }
}
