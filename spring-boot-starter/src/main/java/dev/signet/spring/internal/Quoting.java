package dev.signet.spring.internal;

/** Makes text that came from configuration safe to print on one line: control characters become {@code \\uXXXX}. */
final class Quoting {
    private Quoting() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
