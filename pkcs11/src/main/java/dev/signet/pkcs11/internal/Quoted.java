package dev.signet.pkcs11.internal;

import dev.signet.core.internal.Printable;

/**
 * Text from a URI, a token or a variable, quoted for a message: escaped as core's {@link Printable} escapes it and cut
 * to a length that keeps the message one readable line.
 *
 * <pre>{@code "no token " + Quoted.quote(label)}</pre>
 */
public final class Quoted {
    private static final int MAX = 64;

    private Quoted() {}

    /** {@code text} in single quotes, invisible characters escaped, at most 64 characters shown. */
    public static String quote(String text) {
        String shown = text.length() > MAX ? text.substring(0, MAX) : text;
        String quoted = "'" + Printable.escape(shown) + "'";
        return text.length() > MAX ? quoted + " (" + (text.length() - MAX) + " more characters)" : quoted;
    }
}
