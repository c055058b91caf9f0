package dev.signet.scan;

import java.util.regex.Pattern;

/**
 * Whether a value assigned somewhere looks machine-generated (a key, a token, a password from a generator) rather
 * than a reference to where the secret lives ({@code ${VAR}}, {@code env:X}, {@code {{ .Values.x }}},
 * {@code vault:…}, a path, a URL, a {@code CONSTANT_NAME}, {@code config.field}), a word, a number, a host name
 * or a versioned package name.
 */
final class ValueShape {
    /** {@code ${X}}, {@code $X}, {@code {{x}}}, {@code #{x}}, {@code %(x)s}, {@code @X@}, {@code __X__}, {@code <x>}, schemes. */
    private static final Pattern REFERENCE = Pattern.compile(
            "^(?:\\$|\\{|#\\{|%\\(|@[A-Za-z_]|__[A-Za-z]|<|env:|vault:|op:|arn:|secret:|ref:|file:|classpath:|process\\.env|os\\.environ)"
                    + "|://|\\(|\\{[A-Za-z_]");
    /** Code around an identifier: {@code a==b} read as {@code a = "=b"}, {@code key = prefix+"…"} read as {@code "prefix+"}. */
    private static final Pattern EXPRESSION = Pattern.compile("=[A-Za-z_$][A-Za-z0-9_$.]*|[A-Za-z_$][A-Za-z0-9_$.]*\\+");
    /** A file path, perhaps after a name: {@code /run/secrets/api-secret}, {@code ~/.config/x}, {@code private-key:/etc/k.pem}. */
    private static final Pattern PATH = Pattern.compile("(?:[A-Za-z][A-Za-z0-9_.\\-]{0,40}:)?(?:~|\\.{1,2})?(?:/[A-Za-z0-9._\\-]{1,64})+/?");
    /** An identifier path such as {@code settings.API_SECRET} or {@code X25519.secret_length}, or an upper-case constant. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)+|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");
    /**
     * Words and short numbers joined by separators: {@code base64_encoded_64_byte_salt}, {@code x509-cert}; and type
     * descriptors or paths of words ({@code Ljava/lang/Object;}). Random values mix letters and digits within a part.
     */
    private static final Pattern JOINED_WORDS = Pattern.compile(
            "(?:[A-Za-z]+[0-9]{0,3}|[0-9]+)(?:[_\\-.](?:[A-Za-z]+[0-9]{0,3}|[0-9]+))+|L?[A-Za-z]{2,}(?:/[A-Za-z]{2,})+;?");
    /** Letters and separators only (words, camelCase names, {@code this-is-a-slug}), or digits only (numbers). */
    private static final Pattern WORDS_OR_NUMBER = Pattern.compile("[A-Za-z_.\\-]+|[0-9]+");
    /** A package coordinate or file name with a version: {@code jjwt-jackson-0.11.2}, {@code app-v1.2.3-SNAPSHOT}. */
    private static final Pattern VERSIONED = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[-_.:][A-Za-z][A-Za-z0-9]*)*[-_.:]v?\\d+(?:\\.\\d+)+(?:[-.][A-Za-z0-9]+)?");
    /** A host name: {@code api.binance.com}, {@code 5h.ca.example.net}. */
    private static final Pattern HOST = Pattern.compile("(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,24}");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
    private static final Pattern SLASH = Pattern.compile("/");
    private static final Pattern DOT_OR_SLASH = Pattern.compile("[./]");
    private static final double MAX_BITS_PER_CHAR_NEEDED = 3.5;
    private static final int TYPED_RUN = 6;
    /** Hex strings draw from 16 symbols: random ones of 24 characters show 3.0 bits per character or more 99.5% of the time. */
    private static final double HEX_BITS_PER_CHAR_NEEDED = 3.0;

    private ValueShape() {}

    /** Printable ASCII (an ellipsis marks a placeholder), high entropy for its length, not a word, not a reference. */
    static boolean looksGenerated(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                return false;
            }
        }
        if (hasTypedRun(value) || bitsPerChar(value) < bitsNeeded(value)) {
            return false;
        }
        return !(REFERENCE.matcher(value).find() || EXPRESSION.matcher(value).matches() || isPath(value) || IDENTIFIER.matcher(value).matches() && nameLikeParts(value, DOT_OR_SLASH)
                || WORDS_OR_NUMBER.matcher(value).matches() || JOINED_WORDS.matcher(value).matches() || VERSIONED.matcher(value).matches() || HOST.matcher(value).matches()
                || value.endsWith("EXAMPLE") || value.endsWith("EXAMPLEKEY"));
    }

    /**
     * A run of {@value #TYPED_RUN} or more successive characters ({@code 012345}, {@code AbCdEf}): typed by a person
     * writing a fixture or a placeholder; a generator makes one with a chance of about one in 62^5 per position.
     */
    static boolean hasTypedRun(String value) {
        int run = 1;
        for (int i = 1; i < value.length(); i++) {
            run = Character.toLowerCase(value.charAt(i)) == Character.toLowerCase(value.charAt(i - 1)) + 1
                    && Character.isLetterOrDigit(value.charAt(i)) ? run + 1 : 1;
            if (run >= TYPED_RUN) {
                return true;
            }
        }
        return false;
    }

    /** A path made of name-like parts. */
    private static boolean isPath(String value) {
        return PATH.matcher(value).matches() && nameLikeParts(value, SLASH);
    }

    /**
     * No part is a long run that switches between upper case, lower case and digits as often as a random secret does:
     * {@code P11SecretKeyFactory} switches 7 times in 19 characters, a random 19-character value about 11 times.
     */
    private static boolean nameLikeParts(String value, Pattern separators) {
        for (String part : separators.split(value)) {
            if (part.length() >= 16 && mixedAlphanumeric(part) && classSwitches(part) * 2 > part.length()) {
                return false;
            }
        }
        return true;
    }

    private static int classSwitches(String part) {
        int switches = 0;
        for (int i = 1; i < part.length(); i++) {
            switches += charClass(part.charAt(i)) != charClass(part.charAt(i - 1)) ? 1 : 0;
        }
        return switches;
    }

    private static int charClass(char c) {
        return c >= 'A' && c <= 'Z' ? 0 : c >= 'a' && c <= 'z' ? 1 : c >= '0' && c <= '9' ? 2 : 3;
    }

    /**
     * The Shannon entropy asked of a value: 3.5 bits per character, less for what a random value of its length and
     * alphabet cannot reach (12 characters show at most log2(12) = 3.58 bits each; hex draws from 16 symbols).
     */
    static double bitsNeeded(String value) {
        double needed = Math.min(MAX_BITS_PER_CHAR_NEEDED, 0.8 * Math.log(value.length()) / Math.log(2));
        return HEX.matcher(value).matches() ? Math.min(needed, HEX_BITS_PER_CHAR_NEEDED) : needed;
    }

    /** Shannon entropy in bits per character. */
    static double bitsPerChar(String value) {
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double bits = 0;
        for (int count : counts) {
            bits += term(count, value.length());
        }
        return bits + term(other, value.length());
    }

    private static double term(int count, int total) {
        if (count == 0) {
            return 0;
        }
        double p = (double) count / total;
        return -p * Math.log(p) / Math.log(2);
    }

    /** Upper- and lower-case letters and digits, all three: the shape of exchange keys and secrets. */
    static boolean mixedAlphanumeric(String token) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            digit |= c >= '0' && c <= '9';
        }
        return upper && lower && digit;
    }
}
