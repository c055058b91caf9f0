package dev.signet.core;

import dev.signet.core.internal.FillerShapes;
import dev.signet.core.internal.KnownExampleSecrets;
import dev.signet.core.internal.Printable;
import dev.signet.core.internal.SecretUtf8;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Refuses secrets that cannot be real: empty, not UTF-8, containing whitespace or control characters, placeholders
 * ({@code your_api_secret}, {@code <...>}, {@code changeme}, {@code example}, {@code ..._here}, {@code xxxxxx}),
 * template and secret-manager references that were never filled in ({@code ${VAR}}, {@code $(VAR)}, {@code $VAR},
 * {@code {{ var }}}, {@code @VAR@}, {@code __VAR__}, {@code #{var}}, {@code %(var)s}, {@code %VAR%},
 * {@code vault:...}, {@code op://...} and any {@code scheme://}, {@code arn:aws:secretsmanager:...}), words telling
 * someone to fill it in ({@code REPLACE_ME_WITH_REAL_SECRET_…}, {@code TODO-fill-in-secret-…}), one repeated
 * character, too little entropy, a typed pattern (8 characters in sequence like {@code 01234567}, 8 equal ones in a
 * row, or a stretch of 8 repeated like {@code 0123456789abcdef0123456789abcdef}), or an example published in exchange
 * documentation. A value in disguise — wrapped in
 * quotes (Docker {@code --env-file} keeps them), starting with a byte order mark, or holding an invisible character
 * such as a zero-width space — is refused with what to remove, and says so when the value inside is a published
 * example. Every credentials provider applies it; only {@link InsecureSecretAccess} skips it.
 *
 * <p>Entropy rule: the Shannon entropy of the byte distribution, times the length, must reach
 * {@value #DEFAULT_MINIMUM_ENTROPY_BITS} bits (a 64-character exchange secret has about 350). Refusals name the
 * source and the rule, never the value.
 *
 * <pre>{@code Secret s = SecretPolicy.defaults().admit(bytesFromFile, "file /run/secrets/binance-secret");}</pre>
 */
public final class SecretPolicy {
    /** The default minimum entropy estimate, in bits. */
    public static final int DEFAULT_MINIMUM_ENTROPY_BITS = 64;
    private static final SecretPolicy DEFAULTS = new SecretPolicy(DEFAULT_MINIMUM_ENTROPY_BITS, char[]::new);
    /**
     * Matched against the lowercased value. Words of seven letters or more match anywhere; the shorter {@code dummy} and
     * {@code xxxxxx} only as a word of their own (between non-alphanumerics or the value's ends): inside a generated
     * 64-character secret, five case-insensitive letters in a row turn up about once in 500,000 secrets, seven about
     * once in 500 million.
     */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "your[_-]?(api[_-]?)?(key|secret)|changeme|change[_-]me|example|placeholder|redacted|"
                    + "(^|[^a-z0-9])(dummy|x{6,})($|[^a-z0-9])|"
                    + "(^|[_-])here($|[_-])|^<.*>$|^%.*%$|^\\*+$"
                    // template expressions: ${VAR}, $(VAR), {{ var }}, #{var}, %(var)s
                    + "|\\$\\{[^}]*}|\\$\\([^)]*\\)|\\{\\{.*}}|#\\{[^}]*}|%\\([^)]*\\)[a-z]"
                    // secret-manager references: vault:secret/x, op://vault/item, sm://..., arn:aws:secretsmanager:...
                    + "|^vault:|^[a-z][a-z0-9+.-]*://|^arn:aws[a-z-]*:(secretsmanager|ssm):");
    /** Variable names standing alone, matched in their own case: $VAR, @VAR@, __VAR__ (all upper or all lower case). */
    private static final Pattern VARIABLE_NAME = Pattern.compile(
            "^\\$([A-Z_][A-Z0-9_]*|[a-z_][a-z0-9_]*)$|^@([A-Z_][A-Z0-9_.]*|[a-z_][a-z0-9_.]*)@$|^__([A-Z][A-Z0-9_]*|[a-z][a-z0-9_]*)__$");
    private static final String QUOTES_OPENING = "\"'`\u201c\u2018\u201e\u00ab";
    private static final String QUOTES_CLOSING = "\"'`\u201d\u2019\u201c\u00bb";

    private final int minimumEntropyBits;
    /** Where the checks' scratch copies of the value come from: plain arrays, or a recording allocator in tests that check the wiping. */
    private final IntFunction<char[]> scratch;

    SecretPolicy(int minimumEntropyBits, IntFunction<char[]> scratch) {
        this.minimumEntropyBits = minimumEntropyBits;
        this.scratch = scratch;
    }

    /** The policy every provider applies unless configured otherwise. */
    public static SecretPolicy defaults() {
        return DEFAULTS;
    }

    /** A policy with a different entropy floor (never lower than 32 bits). */
    public static SecretPolicy withMinimumEntropyBits(int bits) {
        if (bits < 32) {
            throw new IllegalArgumentException("a secret policy below 32 bits of entropy would admit guessable secrets");
        }
        return new SecretPolicy(bits, char[]::new);
    }

    /**
     * Checks a secret and takes ownership of {@code value}: it becomes the {@link Secret}, or is wiped on refusal.
     *
     * @param source where the value came from, e.g. {@code environment variable BINANCE_API_SECRET}
     * @throws RejectedSecretException naming the source and the rule
     */
    public Secret admit(byte[] value, String source) {
        try {
            check(value, source, true);
        } catch (RejectedSecretException e) {
            Arrays.fill(value, (byte) 0);
            throw e;
        }
        return new Secret(value);
    }

    /**
     * Checks an API key (placeholders, published examples, whitespace) and wipes {@code value}.
     *
     * @throws RejectedSecretException naming the source and the rule
     */
    public ApiKey admitApiKey(byte[] value, String source) {
        try {
            return ApiKey.of(check(value, source, false));
        } finally {
            Arrays.fill(value, (byte) 0);
        }
    }

    private String check(byte[] value, String source, boolean isSecret) {
        String what = isSecret ? "secret" : "API key";
        if (value.length == 0) {
            throw refuse(what, source, "it is empty");
        }
        char[] chars = decodeUtf8(value, what, source);
        try {
            String disguise = disguise(chars);
            if (disguise != null) {
                throw refuse(what, source, disguise + (isExampleInDisguise(chars) ? "; and what it hides is an example published in "
                        + "the exchange's documentation, not a real " + what : ""));
            }
            if (looksLikePlaceholder(chars)) {
                throw refuse(what, source, "it looks like a placeholder or a reference that was never filled in, not a real " + what);
            }
            if (KnownExampleSecrets.contains(value)) {
                throw refuse(what, source, "it is an example published in the exchange's documentation");
            }
            if (isSecret && allSame(value)) {
                throw refuse(what, source, "it is one repeated character");
            }
            if (isSecret && entropyBits(value) < minimumEntropyBits) {
                throw refuse(what, source, "it has too little entropy (under " + minimumEntropyBits + " bits) to be a generated secret");
            }
            if (isSecret && FillerShapes.isTypedPattern(chars)) {
                throw refuse(what, source, "it holds a typed pattern (" + FillerShapes.RUN + " characters in sequence like abcdefgh, "
                        + FillerShapes.RUN + " equal ones in a row, or a stretch repeated like xyz1xyz1xyz1), not a generated " + what);
            }
            return isSecret ? null : new String(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** What hides the value, as a hint saying what to remove; null if nothing does. */
    private static String disguise(char[] chars) {
        if (chars[0] == '\ufeff') {
            return "it starts with a byte order mark, which is not part of it: the file starts with a BOM (Notepad's \"UTF-8 with "
                    + "BOM\"); save it as UTF-8 without BOM";
        }
        if (isQuoted(chars, 0, chars.length)) {
            return "it is wrapped in quotes, which are not part of it; remove the quotes (Docker --env-file and systemd "
                    + "EnvironmentFile keep them)";
        }
        for (int i = 0; i < chars.length; i += Character.charCount(Character.codePointAt(chars, i))) {
            int c = Character.codePointAt(chars, i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                return "it contains whitespace or a control character (a stray newline, space or tab?)";
            }
            if (!Printable.isVisible(c)) {
                return "it contains an invisible character (" + String.format("U+%04X", c) + ", e.g. a zero-width space or a BOM from "
                        + "a web page or chat); remove it or type the value again";
            }
        }
        return null;
    }

    /** Whether {@code chars[from..to)} starts and ends with a matching pair of quotes. */
    private static boolean isQuoted(char[] chars, int from, int to) {
        int opening = to - from >= 2 ? QUOTES_OPENING.indexOf(chars[from]) : -1;
        return opening >= 0 && QUOTES_CLOSING.indexOf(chars[to - 1]) == opening;
    }

    /** Whether the value without its BOM, quotes and invisible characters is a published example. */
    private boolean isExampleInDisguise(char[] chars) {
        int start = chars[0] == '\ufeff' ? 1 : 0;
        int end = chars.length;
        boolean quoted = isQuoted(chars, start, end);
        char[] kept = scratch.apply(end - start);
        int n = 0;
        for (int i = start + (quoted ? 1 : 0); i < end - (quoted ? 1 : 0); i++) {
            if (Printable.isVisible(chars[i]) && !Character.isWhitespace(chars[i])) {
                kept[n++] = chars[i];
            }
        }
        byte[] bytes = SecretUtf8.encode(kept, 0, n);
        try {
            return bytes.length > 0 && KnownExampleSecrets.contains(bytes);
        } finally {
            Arrays.fill(kept, '\0');
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static char[] decodeUtf8(byte[] value, String what, String source) {
        try {
            return SecretUtf8.decode(value);
        } catch (CharacterCodingException e) {
            throw refuse(what, source, "it is not valid UTF-8 (a binary file, or a different encoding?)");
        }
    }

    private boolean looksLikePlaceholder(char[] chars) {
        char[] lower = scratch.apply(chars.length);
        try {
            for (int i = 0; i < chars.length; i++) {
                lower[i] = Character.toLowerCase(chars[i]);
            }
            return PLACEHOLDER.matcher(CharBuffer.wrap(lower)).find() || VARIABLE_NAME.matcher(CharBuffer.wrap(chars)).find()
                    || FillerShapes.isInstruction(lower);
        } finally {
            Arrays.fill(lower, '\0');
        }
    }

    private static boolean allSame(byte[] value) {
        for (byte b : value) {
            if (b != value[0]) {
                return false;
            }
        }
        return true;
    }

    /** Shannon entropy of the byte distribution times the length. */
    static double entropyBits(byte[] value) {
        int[] counts = new int[256];
        for (byte b : value) {
            counts[b & 0xff]++;
        }
        double bitsPerByte = 0;
        for (int count : counts) {
            if (count > 0) {
                double p = (double) count / value.length;
                bitsPerByte -= p * Math.log(p) / Math.log(2);
            }
        }
        return bitsPerByte * value.length;
    }

    private static RejectedSecretException refuse(String what, String source, String rule) {
        return new RejectedSecretException("the " + what + " from " + Printable.escape(source) + " was refused: " + rule
                + ". Put the real value from the exchange's API management page there");
    }
}
