package dev.signet.binance.internal;

import dev.signet.core.Hex;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A query string or form body being built as the ASCII bytes that will be sent, so the signer signs those bytes
 * directly (no UTF-8 pass over a {@code StringBuilder}). Everything appended is ASCII: names are unreserved by
 * construction, values are percent-encoded (RFC 3986, UTF-8, uppercase hex). Not thread-safe; one per request.
 */
public final class SentQuery {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final boolean[] UNRESERVED = new boolean[128];
    private static final byte[] LONG_MIN_DIGITS = "9223372036854775808".getBytes(StandardCharsets.US_ASCII);
    /** "00" to "99", two bytes per value. */
    private static final byte[] DIGIT_PAIRS = new byte[200];
    /** 10^0 to 10^18. */
    private static final long[] POWERS_OF_TEN = new long[19];

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
        for (int i = 0; i < 100; i++) {
            DIGIT_PAIRS[2 * i] = (byte) ('0' + i / 10);
            DIGIT_PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = 10 * POWERS_OF_TEN[i - 1];
        }
    }

    private byte[] bytes;
    private int length;

    /** An empty query with room for {@code capacity} bytes before it grows. */
    public SentQuery(int capacity) {
        this.bytes = new byte[capacity];
    }

    /** Appends {@code &} unless the part that starts at {@code partStart} is still empty. */
    public void separate(int partStart) {
        if (length > partStart) {
            room(1);
            bytes[length++] = '&';
        }
    }

    /** Appends {@code name=} for a name already known to be unreserved ASCII. */
    public void name(String name) {
        unreserved(name);
        room(1);
        bytes[length++] = '=';
    }

    /** Appends {@code text} as is: only for text already known to be unreserved ASCII (names, hex). */
    public void unreserved(CharSequence text) {
        int n = text.length();
        room(n);
        byte[] b = bytes;
        int at = length;
        for (int i = 0; i < n; i++) {
            b[at + i] = (byte) text.charAt(i);
        }
        length = at + n;
    }

    /** Appends ASCII bytes prepared once, such as {@code timestamp=}. */
    public void ascii(byte[] text) {
        room(text.length);
        System.arraycopy(text, 0, bytes, length, text.length);
        length += text.length;
    }

    /**
     * Appends {@code value} percent-encoded as UTF-8, without allocating.
     *
     * @throws IllegalArgumentException for a lone surrogate (not text: UTF-8 cannot carry it, and sending {@code ?} in its
     *     place, as {@link String#getBytes(java.nio.charset.Charset)} would, sends a value the caller never wrote)
     */
    public void encoded(CharSequence value) {
        int n = value.length();
        room(n);
        byte[] b = bytes;
        int at = length;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 128 && UNRESERVED[c]) {
                b[at++] = (byte) c;
                continue;
            }
            length = at;
            room(12 + 9 * (n - i)); // at most 3 escapes per char, or 4 per surrogate pair (2 chars)
            b = bytes;
            if (c < 0x80) {
                at = escape(b, at, c);
            } else if (c < 0x800) {
                at = escape(b, escape(b, at, 0xc0 | c >> 6), 0x80 | c & 0x3f);
            } else if (!Character.isSurrogate(c)) {
                at = escape(b, escape(b, escape(b, at, 0xe0 | c >> 12), 0x80 | c >> 6 & 0x3f), 0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(++i));
                at = escape(b, escape(b, at, 0xf0 | cp >> 18), 0x80 | cp >> 12 & 0x3f);
                at = escape(b, escape(b, at, 0x80 | cp >> 6 & 0x3f), 0x80 | cp & 0x3f);
            } else {
                throw new IllegalArgumentException("a parameter value has a lone UTF-16 surrogate at index " + i
                        + ": it is not text, and UTF-8 cannot carry it; nothing was signed");
            }
        }
        length = at;
    }

    /** Appends {@code len} ASCII bytes of {@code text} from {@code off}, percent-encoded (a base64 signature). */
    public void encoded(byte[] text, int off, int len) {
        room(3 * len);
        byte[] b = bytes;
        int at = length;
        for (int i = off; i < off + len; i++) {
            byte v = text[i];
            at = v >= 0 && UNRESERVED[v] ? put(b, at, v) : escape(b, at, v & 0xff);
        }
        length = at;
    }

    /** Appends {@code len} bytes of {@code text} from {@code off} as they are: text already encoded (a stored value, hex). */
    public void ascii(byte[] text, int off, int len) {
        room(len);
        System.arraycopy(text, off, bytes, length, len);
        length += len;
    }

    /** Appends lowercase hex of {@code len} bytes of {@code data} from {@code off} (an HMAC signature). */
    public void hex(byte[] data, int off, int len) {
        room(2 * len);
        length += Hex.encode(data, off, len, bytes, length);
    }

    /**
     * Replaces bytes {@code from} (inclusive) to {@code to} (exclusive) with the first {@code len} bytes of
     * {@code with}, moving what follows; returns how far it moved ({@code len - (to - from)}).
     */
    public int replace(int from, int to, byte[] with, int len) {
        int delta = len - (to - from);
        if (delta != 0) {
            room(delta);
            System.arraycopy(bytes, to, bytes, to + delta, length - to);
            length += delta;
        }
        System.arraycopy(with, 0, bytes, from, len);
        return delta;
    }

    /** Empties the query, keeping its buffer. */
    public void reset() {
        length = 0;
    }

    /** Appends the decimal digits of {@code value}, two at a time (a timestamp is 13 or 16 digits), {@code -} first if negative. */
    public void digits(long value) {
        if (value < 0) {
            room(1);
            bytes[length++] = '-';
            if (value == Long.MIN_VALUE) {
                ascii(LONG_MIN_DIGITS);
                return;
            }
        }
        long v = Math.abs(value);
        int n = decimalLength(v);
        room(n);
        byte[] b = bytes;
        int at = length + n;
        while (v >= 100) {
            long q = v / 100;
            at = pair(b, at, (int) (v - q * 100));
            v = q;
        }
        if (v >= 10) {
            pair(b, at, (int) v);
        } else {
            b[at - 1] = (byte) ('0' + v);
        }
        length += n;
    }

    /** Writes the two digits of {@code pair} (0 to 99) to end before {@code end}; returns where they start. */
    private static int pair(byte[] b, int end, int pair) {
        b[end - 1] = DIGIT_PAIRS[2 * pair + 1];
        b[end - 2] = DIGIT_PAIRS[2 * pair];
        return end - 2;
    }

    /**
     * Appends {@code unscaled × 10^-scale} in plain notation, exactly as {@link java.math.BigDecimal#toPlainString()}
     * writes {@code BigDecimal.valueOf(unscaled, scale)}: {@code (1, 1)} is {@code 0.1}, {@code (-5, 3)} is {@code -0.005}.
     *
     * @param scale digits after the point, 0 or more
     */
    public void decimal(long unscaled, int scale) {
        if (scale <= 0) {
            digits(unscaled);
            return;
        }
        long v = unscaled < 0 ? unscaled : -unscaled; // negative, so that Long.MIN_VALUE needs no special case
        int n = v == Long.MIN_VALUE ? 19 : decimalLength(-v);
        int sign = unscaled < 0 ? 1 : 0;
        int total = sign + (scale < n ? n + 1 : scale + 2); // "123.45", or "0.0012345" with leading zeros
        room(total);
        byte[] b = bytes;
        int at = length + total;
        for (int i = 0; i < scale; i++) {
            long q = v / 10;
            b[--at] = (byte) ('0' + (q * 10 - v));
            v = q;
        }
        b[--at] = '.';
        do {
            long q = v / 10;
            b[--at] = (byte) ('0' + (q * 10 - v));
            v = q;
        } while (v != 0);
        if (sign == 1) {
            b[--at] = '-';
        }
        length += total;
    }

    /** The number of decimal digits of {@code value} ≥ 0: from its bit length, corrected by one comparison. */
    private static int decimalLength(long value) {
        int guess = (64 - Long.numberOfLeadingZeros(value)) * 1233 >>> 12; // ⌊log10(2) × bits⌋
        return Math.max(1, value >= POWERS_OF_TEN[guess] ? guess + 1 : guess);
    }

    /** Whether {@code c} is an RFC 3986 unreserved character. */
    public static boolean isUnreserved(char c) {
        return c < 128 && UNRESERVED[c];
    }

    /** The number of bytes written. */
    public int length() {
        return length;
    }

    /** The buffer; bytes {@code 0..length()} are the query. */
    public byte[] bytes() {
        return bytes;
    }

    /** The text of bytes {@code from} (inclusive) to {@code to} (exclusive). */
    public String text(int from, int to) {
        return from == to ? "" : new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static int put(byte[] b, int at, byte v) {
        b[at] = v;
        return at + 1;
    }

    private static int escape(byte[] b, int at, int v) {
        b[at] = '%';
        b[at + 1] = HEX[v >>> 4];
        b[at + 2] = HEX[v & 0x0f];
        return at + 3;
    }

    private void room(int more) {
        if (bytes.length - length < more) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
        }
    }
}
