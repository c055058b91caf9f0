package dev.signet.signing.hmac.internal;

/** UTF-8 encoding of a {@link CharSequence} straight into a caller's buffer, byte-for-byte as {@code String.getBytes(UTF_8)}. */
final class Utf8Encoder {
    private static final byte REPLACEMENT = '?';

    private Utf8Encoder() {}

    /** The most bytes {@code chars} characters can encode to. */
    static int maxBytes(int chars) {
        return chars * 3;
    }

    /** Encodes {@code text} into {@code out} (at least {@link #maxBytes} long); returns the byte count. */
    static int encode(CharSequence text, byte[] out) {
        int n = 0;
        int len = text.length();
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xc0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, text.charAt(++i));
                    out[n++] = (byte) (0xf0 | cp >> 18);
                    out[n++] = (byte) (0x80 | cp >> 12 & 0x3f);
                    out[n++] = (byte) (0x80 | cp >> 6 & 0x3f);
                    out[n++] = (byte) (0x80 | cp & 0x3f);
                } else {
                    out[n++] = REPLACEMENT;
                }
            } else {
                out[n++] = (byte) (0xe0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[n++] = (byte) (0x80 | c & 0x3f);
            }
        }
        return n;
    }
}
