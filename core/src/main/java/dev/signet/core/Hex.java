package dev.signet.core;

/**
 * Lowercase hexadecimal, the wire form of HMAC signatures.
 *
 * <pre>{@code String hex = Hex.encode(signature);}</pre>
 */
public final class Hex {
    private static final byte[] DIGITS = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** The two digits of every byte value, high digit in the upper 8 bits: one table load per byte. */
    private static final short[] PAIRS = new short[256];

    static {
        for (int b = 0; b < 256; b++) {
            PAIRS[b] = (short) (DIGITS[b >>> 4] << 8 | DIGITS[b & 0x0f]);
        }
    }

    private Hex() {}

    /** Lowercase hex of all of {@code bytes}. */
    public static String encode(byte[] bytes) {
        return encode(bytes, 0, bytes.length);
    }

    /** Lowercase hex of {@code len} bytes from {@code off}. */
    public static String encode(byte[] bytes, int off, int len) {
        byte[] out = new byte[len * 2];
        encode(bytes, off, len, out, 0);
        return new String(out, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Writes lowercase ASCII hex of {@code len} bytes into {@code out}; returns the number of bytes written. */
    public static int encode(byte[] bytes, int off, int len, byte[] out, int outOff) {
        for (int i = 0; i < len; i++) {
            short pair = PAIRS[bytes[off + i] & 0xff];
            out[outOff + 2 * i] = (byte) (pair >>> 8);
            out[outOff + 2 * i + 1] = (byte) pair;
        }
        return len * 2;
    }

    /**
     * Decodes hex in either case. Only the ASCII digits and letters count: fullwidth, Arabic-Indic and other
     * scripts' digits are refused, as the exchange refuses them.
     *
     * @throws IllegalArgumentException if the text has odd length or a non-hex character (the text is not quoted)
     */
    public static byte[] decode(CharSequence hex) {
        int n = hex.length();
        if ((n & 1) != 0) {
            throw new IllegalArgumentException("hex text has odd length " + n);
        }
        byte[] out = new byte[n / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = digit(hex.charAt(2 * i));
            int lo = digit(hex.charAt(2 * i + 1));
            if (hi < 0 || lo < 0) {
                throw new IllegalArgumentException("not a hex digit at index " + (hi < 0 ? 2 * i : 2 * i + 1));
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    /** The value of an ASCII hex digit, or -1 (not {@link Character#digit}, which accepts other scripts' digits). */
    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        char lower = (char) (c | 0x20);
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }
}
