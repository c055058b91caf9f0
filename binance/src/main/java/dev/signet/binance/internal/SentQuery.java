package dev.signet.binance.internal;

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

    /** Appends {@code value} percent-encoded; ASCII is encoded in place, the rest through its UTF-8 bytes. */
    public void encoded(CharSequence value) {
        int n = value.length();
        room(n);
        byte[] b = bytes;
        int at = length;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 128 && UNRESERVED[c]) {
                b[at++] = (byte) c;
            } else if (c < 128) {
                length = at;
                room(3 * (n - i));
                b = bytes;
                at = escape(b, at, c);
            } else {
                length = at;
                encodedUtf8(value.subSequence(i, n).toString());
                return;
            }
        }
        length = at;
    }

    /** Appends the decimal digits of {@code value}, two at a time (a timestamp is 13 or 16 digits). */
    public void digits(long value) {
        if (value < 0) {
            encoded(Long.toString(value));
            return;
        }
        int n = decimalLength(value);
        room(n);
        byte[] b = bytes;
        int at = length + n;
        long v = value;
        while (v >= 100) {
            long q = v / 100;
            int pair = (int) (v - q * 100);
            b[--at] = (byte) ('0' + pair % 10);
            b[--at] = (byte) ('0' + pair / 10);
            v = q;
        }
        if (v >= 10) {
            b[--at] = (byte) ('0' + v % 10);
            v /= 10;
        }
        b[--at] = (byte) ('0' + v);
        length += n;
    }

    private static int decimalLength(long value) {
        int n = 1;
        for (long limit = 10; n < 19 && value >= limit; limit *= 10) {
            n++;
        }
        return n;
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

    private void encodedUtf8(String rest) {
        byte[] utf8 = rest.getBytes(StandardCharsets.UTF_8);
        room(3 * utf8.length);
        byte[] b = bytes;
        int at = length;
        for (byte v : utf8) {
            at = v >= 0 && UNRESERVED[v] ? put(b, at, v) : escape(b, at, v & 0xff);
        }
        length = at;
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
