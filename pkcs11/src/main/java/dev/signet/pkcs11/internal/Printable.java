package dev.signet.pkcs11.internal;

/** Text from a URI, a token or a variable, made safe to print: printable ASCII kept, the rest escaped, length cut. */
public final class Printable {
    private static final int MAX = 64;

    private Printable() {}

    /** {@code text} in single quotes, with control and non-ASCII characters escaped as hex (backslash-x NN, backslash-u NNNN). */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder("'");
        int shown = Math.min(text.length(), MAX);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '\\' && c != '\'') {
                out.append(c);
            } else if (c < 0x100) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        out.append('\'');
        if (text.length() > MAX) {
            out.append(" (").append(text.length() - MAX).append(" more characters)");
        }
        return out.toString();
    }
}
