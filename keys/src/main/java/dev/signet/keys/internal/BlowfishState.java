package dev.signet.keys.internal;

import java.math.BigInteger;

/**
 * The Eksblowfish state bcrypt-pbkdf needs (expand with salt and key, repeated key schedules). BouncyCastle's
 * Blowfish does not expose these steps, so the initial P-array and S-boxes are derived here from their definition:
 * the hexadecimal digits of the fractional part of pi.
 */
final class BlowfishState {
    private static final int ROUNDS = 16;
    private static final int P_WORDS = ROUNDS + 2;
    private static final int S_WORDS = 1024;
    private static final int[] PI_WORDS = piWords(P_WORDS + S_WORDS);

    private final int[] p = new int[P_WORDS];
    private final int[] s = new int[S_WORDS];

    BlowfishState() {
        System.arraycopy(PI_WORDS, 0, p, 0, P_WORDS);
        System.arraycopy(PI_WORDS, P_WORDS, s, 0, S_WORDS);
    }

    /** Eksblowfish "expandstate": mixes the key into P, then re-keys P and S while mixing in the salt. */
    void expand(byte[] salt, byte[] key) {
        xorKey(key);
        int[] position = {0};
        int[] block = new int[2];
        rekey(p, salt, position, block);
        rekey(s, salt, position, block);
    }

    /** Eksblowfish "expand0state": {@link #expand(byte[], byte[])} without salt. */
    void expand(byte[] key) {
        xorKey(key);
        int[] block = new int[2];
        rekey(p, null, null, block);
        rekey(s, null, null, block);
    }

    /** Refills {@code table} with successive encryptions of the chained block, first XORing in salt words if any. */
    private void rekey(int[] table, byte[] saltOrNull, int[] position, int[] block) {
        for (int i = 0; i < table.length; i += 2) {
            if (saltOrNull != null) {
                block[0] ^= nextWord(saltOrNull, position);
                block[1] ^= nextWord(saltOrNull, position);
            }
            encipher(block);
            table[i] = block[0];
            table[i + 1] = block[1];
        }
    }

    /** Encrypts consecutive 64-bit blocks in place (ECB). */
    void encrypt(int[] words) {
        int[] block = new int[2];
        for (int i = 0; i < words.length; i += 2) {
            block[0] = words[i];
            block[1] = words[i + 1];
            encipher(block);
            words[i] = block[0];
            words[i + 1] = block[1];
        }
    }

    private void xorKey(byte[] key) {
        int[] position = {0};
        for (int i = 0; i < P_WORDS; i++) {
            p[i] ^= nextWord(key, position);
        }
    }

    private void encipher(int[] block) {
        int left = block[0] ^ p[0];
        int right = block[1];
        for (int i = 1; i <= ROUNDS; i += 2) {
            right ^= f(left) ^ p[i];
            left ^= f(right) ^ p[i + 1];
        }
        block[0] = right ^ p[P_WORDS - 1];
        block[1] = left;
    }

    private int f(int x) {
        return ((s[x >>> 24] + s[256 | ((x >>> 16) & 0xff)]) ^ s[512 | ((x >>> 8) & 0xff)]) + s[768 | (x & 0xff)];
    }

    /** The next big-endian word of {@code data}, cycling through it. */
    private static int nextWord(byte[] data, int[] position) {
        int word = 0;
        for (int i = 0; i < 4; i++) {
            word = (word << 8) | (data[position[0]] & 0xff);
            position[0] = (position[0] + 1) % data.length;
        }
        return word;
    }

    /** The first {@code count} 32-bit words of pi's fractional part (Machin: pi = 16 atan 1/5 - 4 atan 1/239). */
    private static int[] piWords(int count) {
        int guardBits = 64;
        BigInteger one = BigInteger.ONE.shiftLeft(32 * count + guardBits);
        BigInteger pi = arctanInverse(5, one).shiftLeft(4).subtract(arctanInverse(239, one).shiftLeft(2));
        BigInteger fraction = pi.subtract(one.multiply(BigInteger.valueOf(3))).shiftRight(guardBits);
        int[] words = new int[count];
        for (int i = 0; i < count; i++) {
            words[i] = fraction.shiftRight(32 * (count - 1 - i)).intValue();
        }
        return words;
    }

    private static BigInteger arctanInverse(int x, BigInteger one) {
        BigInteger xSquared = BigInteger.valueOf((long) x * x);
        BigInteger power = one.divide(BigInteger.valueOf(x));
        BigInteger sum = power;
        for (int k = 1; power.signum() != 0; k++) {
            power = power.divide(xSquared);
            BigInteger term = power.divide(BigInteger.valueOf(2L * k + 1));
            sum = (k & 1) == 1 ? sum.subtract(term) : sum.add(term);
        }
        return sum;
    }
}
