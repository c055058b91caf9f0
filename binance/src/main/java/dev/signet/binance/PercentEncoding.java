package dev.signet.binance;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding of UTF-8, as the exchange requires before signing: unreserved characters
 * ({@code A-Z a-z 0-9 - . _ ~}) are kept, every other byte becomes {@code %XX} in uppercase hex, space is
 * {@code %20}. Give raw values: an already-encoded {@code %41} is encoded again to {@code %2541}.
 *
 * <pre>{@code PercentEncoding.encode("１２３") // "%EF%BC%91%EF%BC%92%EF%BC%93"}</pre>
 */
public final class PercentEncoding {
    private static final boolean[] UNRESERVED = new boolean[128];
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            UNRESERVED[c] = true;
            UNRESERVED[Character.toLowerCase(c)] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c : "-._~".toCharArray()) {
            UNRESERVED[c] = true;
        }
    }

    private PercentEncoding() {}

    /** The encoded form of {@code value}. */
    public static String encode(CharSequence value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        appendEncoded(value, out);
        return out.toString();
    }

    /** Appends the encoded form of {@code value} to {@code out}; ASCII-only values are not copied through a byte[]. */
    public static void appendEncoded(CharSequence value, StringBuilder out) {
        int len = value.length();
        for (int i = 0; i < len; i++) {
            char c = value.charAt(i);
            if (c < 128 && UNRESERVED[c]) {
                out.append(c);
            } else if (c < 128) {
                appendByte(c, out);
            } else {
                appendNonAscii(value.subSequence(i, len).toString(), out);
                return;
            }
        }
    }

    /** Whether {@code c} is an RFC 3986 unreserved character. */
    public static boolean isUnreserved(char c) {
        return c < 128 && UNRESERVED[c];
    }

    private static void appendNonAscii(String rest, StringBuilder out) {
        for (byte b : rest.getBytes(StandardCharsets.UTF_8)) {
            int v = b & 0xff;
            if (v < 128 && UNRESERVED[v]) {
                out.append((char) v);
            } else {
                appendByte(v, out);
            }
        }
    }

    private static void appendByte(int v, StringBuilder out) {
        out.append('%').append(HEX[v >>> 4]).append(HEX[v & 0x0f]);
    }
}
