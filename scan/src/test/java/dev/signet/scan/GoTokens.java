package dev.signet.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * Go source as tokens — string literals (interpreted and raw, unescaped), identifiers (dotted: {@code utils.Hex}),
 * punctuation — with comments dropped: enough to read the sample lists of gitleaks' rule tests.
 *
 * <pre>{@code List<GoTokens.Token> tokens = GoTokens.of(Files.readString(file));}</pre>
 */
final class GoTokens {
    private GoTokens() {}

    /** One token: a {@code STRING} (its value), an {@code IDENT} or a {@code PUNCT}. */
    record Token(Kind kind, String text) {
        boolean is(String punctOrIdent) {
            return kind != Kind.STRING && text.equals(punctOrIdent);
        }
    }

    /** Token kinds. */
    enum Kind { STRING, IDENT, PUNCT }

    static List<Token> of(String source) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (source.startsWith("//", i)) {
                i = lineEnd(source, i);
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i + 2) + 2;
            } else if (c == '`') {
                int end = source.indexOf('`', i + 1);
                tokens.add(new Token(Kind.STRING, source.substring(i + 1, end)));
                i = end + 1;
            } else if (c == '"') {
                StringBuilder value = new StringBuilder();
                i = interpreted(source, i + 1, value);
                tokens.add(new Token(Kind.STRING, value.toString()));
            } else if (c == '\'') {
                int end = source.indexOf('\'', i + 1);
                tokens.add(new Token(Kind.PUNCT, source.substring(i, end + 1)));
                i = end + 1;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i;
                while (end < source.length() && (Character.isJavaIdentifierPart(source.charAt(end)) || source.charAt(end) == '.'
                        && end + 1 < source.length() && Character.isJavaIdentifierStart(source.charAt(end + 1)))) {
                    end++;
                }
                tokens.add(new Token(Kind.IDENT, source.substring(i, end)));
                i = end;
            } else if (source.startsWith("...", i) || source.startsWith(":=", i)) {
                tokens.add(new Token(Kind.PUNCT, source.substring(i, i + (source.charAt(i) == '.' ? 3 : 2))));
                i += source.charAt(i) == '.' ? 3 : 2;
            } else {
                tokens.add(new Token(Kind.PUNCT, String.valueOf(c)));
                i++;
            }
        }
        return tokens;
    }

    private static int lineEnd(String source, int from) {
        int nl = source.indexOf('\n', from);
        return nl < 0 ? source.length() : nl;
    }

    /** Reads an interpreted string body from {@code i} (after the quote) into {@code value}; returns the index after the closing quote. */
    private static int interpreted(String source, int i, StringBuilder value) {
        while (source.charAt(i) != '"') {
            char c = source.charAt(i);
            if (c != '\\') {
                value.append(c);
                i++;
                continue;
            }
            char e = source.charAt(i + 1);
            switch (e) {
                case 'n' -> value.append('\n');
                case 't' -> value.append('\t');
                case 'r' -> value.append('\r');
                case 'x' -> {
                    value.append((char) Integer.parseInt(source.substring(i + 2, i + 4), 16));
                    i += 2;
                }
                case 'u' -> {
                    value.append((char) Integer.parseInt(source.substring(i + 2, i + 6), 16));
                    i += 4;
                }
                default -> value.append(e);
            }
            i += 2;
        }
        return i + 1;
    }
}
