package dev.signet.binance.internal;

/**
 * A request value quoted for an error message: at most {@value #MAX} characters unless told (longer ones are cut and
 * their length given), control and non-ASCII characters escaped as {@code \\uXXXX}, so a hostile value can neither flood a log nor
 * forge a line. Use it only for values that are not secret (paths, symbols, quantities).
 *
 * <pre>{@code "symbol " + Quoted.of(symbol) + " is not allowed"}</pre>
 */
public final class Quoted {
    private static final int MAX = 32;

    private Quoted() {}

    /** {@code 'value'}, escaped and cut to {@value #MAX} characters. */
    public static String of(CharSequence value) {
        return of(value, MAX);
    }

    /** {@code 'value'}, escaped and cut to {@code max} characters. */
    public static String of(CharSequence value, int max) {
        int shown = Math.min(value.length(), max);
        StringBuilder out = new StringBuilder(shown + 24).append('\'');
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '\'' || c == '\\') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('\'');
        return shown == value.length() ? out.toString() : out.append("… (").append(value.length()).append(" characters)").toString();
    }
}
