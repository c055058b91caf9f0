package dev.signet.core.internal;

/**
 * Makes text that came from a file, a variable or a parser safe to quote in a message or a log line. Every code
 * point that does not show as a glyph or a plain space becomes a visible escape ({@code \n}, {@code \r},
 * {@code \t}, otherwise {@code \}{@code u001b} style, one per UTF-16 unit): control characters, Unicode format
 * characters (zero-width space, bidirectional overrides, BOM), line and paragraph separators, other space
 * separators, unassigned, private-use and lone surrogate code points, and the letters and marks that render blank
 * (Hangul fillers, variation selectors, …). A message built from escaped parts stays on one line, cannot forge another
 * log entry, and shows what an invisible character is. Backslashes are left alone: this is for reading, not parsing.
 *
 * <pre>{@code "the KDF " + Printable.escape(kdfName) + " is not supported"}</pre>
 */
public final class Printable {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /** Code points of assigned, nominally printable characters that render as nothing. */
    private static final int[][] BLANK_RANGES = {
        {0x034F, 0x034F}, {0x115F, 0x1160}, {0x17B4, 0x17B5}, {0x180B, 0x180F}, {0x2800, 0x2800}, {0x3164, 0x3164},
        {0xFE00, 0xFE0F}, {0xFFA0, 0xFFA0}, {0xE0100, 0xE01EF},
    };

    private Printable() {}

    /** {@code text} with every code point that is not {@linkplain #isVisible visible} escaped; "null" for null. */
    public static String escape(CharSequence text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            int width = Character.charCount(cp);
            if (!isVisible(cp)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                for (int j = i; j < i + width; j++) {
                    appendEscape(out, text.charAt(j));
                }
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += width;
        }
        return out == null ? text.toString() : out.toString();
    }

    /** Whether {@code codePoint} shows as a glyph, or is the plain space U+0020. */
    public static boolean isVisible(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.UNASSIGNED:
            case Character.PRIVATE_USE:
            case Character.SURROGATE:
                return false;
            case Character.SPACE_SEPARATOR:
                return codePoint == ' ';
            default:
                return !rendersBlank(codePoint);
        }
    }

    private static boolean rendersBlank(int codePoint) {
        for (int[] range : BLANK_RANGES) {
            if (codePoint >= range[0] && codePoint <= range[1]) {
                return true;
            }
        }
        return false;
    }

    private static void appendEscape(StringBuilder out, char c) {
        switch (c) {
            case '\n':
                out.append("\\n");
                break;
            case '\r':
                out.append("\\r");
                break;
            case '\t':
                out.append("\\t");
                break;
            default:
                out.append("\\u").append(HEX[c >>> 12]).append(HEX[c >>> 8 & 0xf]).append(HEX[c >>> 4 & 0xf]).append(HEX[c & 0xf]);
        }
    }
}
