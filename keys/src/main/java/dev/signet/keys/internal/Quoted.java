package dev.signet.keys.internal;

import java.nio.charset.StandardCharsets;

/**
 * Text taken from a key file (a cipher or KDF name, a PEM header value) made safe to put in a message: in single
 * quotes, printable ASCII kept, everything else (newline, ESC, non-ASCII, the quote and backslash) escaped as
 * {@code \xNN} or <code>&#92;uNNNN</code>, and cut after {@value #MAX_CHARS} characters so a file cannot flood a log line.
 *
 * <pre>{@code "unsupported cipher " + Quoted.bytes(name)}</pre>
 */
public final class Quoted {
    static final int MAX_CHARS = 40;

    private Quoted() {}

    /** Bytes read from a file, shown as ASCII with every other byte escaped. */
    public static String bytes(byte[] raw) {
        return text(new String(raw, StandardCharsets.ISO_8859_1));
    }

    /** A string that came from a file. */
    public static String text(String raw) {
        StringBuilder out = new StringBuilder(Math.min(raw.length(), MAX_CHARS) + 8).append('\'');
        int shown = Math.min(raw.length(), MAX_CHARS);
        for (int i = 0; i < shown; i++) {
            char c = raw.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '\'' && c != '\\') {
                out.append(c);
            } else if (c <= 0xff) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        out.append('\'');
        if (raw.length() > shown) {
            out.append(" (").append(raw.length() - shown).append(" more characters)");
        }
        return out.toString();
    }
}
