package dev.signet.core.internal;

import java.nio.CharBuffer;
import java.util.List;

/**
 * Shapes of made-up values that an entropy estimate lets through: words telling someone to put the secret there
 * ({@code REPLACE_ME_WITH_REAL_SECRET_…}, {@code TODO-fill-in-secret-…}), and runs a person typed (characters in
 * sequence like {@code 0123456789abcdef}, a stretch repeated like {@code ........} or {@code abc123abc123}). Each rule
 * needs {@value #RUN} characters or two words, so a generated secret (random letters and digits, hex or base64)
 * matches by chance about once in millions. Nothing here copies the value into a {@code String}.
 */
public final class FillerShapes {
    /** Characters in sequence, or repeated, that no generated secret holds by chance. */
    public static final int RUN = 8;
    /** How far apart a repeated stretch may be: wide enough for a typed pattern, and keeps the check linear. */
    private static final int MAX_PERIOD = 256;
    private static final List<String> INSTRUCTIONS = List.of("replace", "replaceme", "todo", "fixme", "fill", "insert", "paste",
            "enter", "put", "add", "set", "change", "update");
    private static final List<String> SUBJECTS = List.of("secret", "key", "apikey", "token", "password", "value", "credential",
            "credentials", "real", "here", "me", "it");

    private FillerShapes() {}

    /**
     * Whether {@code lower} (the value in lower case) is words joined by non-alphanumeric characters, among them an
     * instruction ({@code replace}, {@code todo}, {@code fill}, {@code paste} …) and what to put ({@code secret},
     * {@code key}, {@code real}, {@code me} …).
     */
    public static boolean isInstruction(char[] lower) {
        boolean instruction = false;
        boolean subject = false;
        int start = 0;
        for (int i = 0; i <= lower.length; i++) {
            if (i == lower.length || !isAsciiLetterOrDigit(lower[i])) {
                if (i > start && i - start < lower.length) {
                    instruction |= isOneOf(lower, start, i, INSTRUCTIONS);
                    subject |= isOneOf(lower, start, i, SUBJECTS);
                }
                start = i + 1;
            }
        }
        return instruction && subject;
    }

    /**
     * Whether {@code chars} hold {@value #RUN} letters or digits in ascending or descending sequence ({@code 01234567},
     * {@code zyxwvuts}), {@value #RUN} equal characters in a row, or a stretch of {@value #RUN} characters that appears
     * again up to {@value #MAX_PERIOD} characters later ({@code abcabcabcab}, overlapping counts).
     */
    public static boolean isTypedPattern(char[] chars) {
        return hasSequence(chars, 1) || hasSequence(chars, -1) || hasRepeatedStretch(chars);
    }

    private static boolean hasSequence(char[] chars, int step) {
        int run = 1;
        for (int i = 1; i < chars.length; i++) {
            run = isAsciiLetterOrDigit(chars[i]) && isAsciiLetterOrDigit(chars[i - 1]) && chars[i] - chars[i - 1] == step ? run + 1 : 1;
            if (run >= RUN) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasRepeatedStretch(char[] chars) {
        for (int period = 1; period <= MAX_PERIOD; period++) {
            int needed = period == 1 ? RUN - 1 : RUN; // RUN equal characters make RUN - 1 equal neighbours
            if (period + needed > chars.length) {
                return false; // no room for the stretch and its repeat
            }
            int same = 0;
            for (int i = period; i < chars.length; i++) {
                same = chars[i] == chars[i - period] ? same + 1 : 0;
                if (same >= needed) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isOneOf(char[] chars, int from, int to, List<String> words) {
        for (String word : words) {
            if (word.length() == to - from && word.contentEquals(CharBuffer.wrap(chars, from, to - from))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
