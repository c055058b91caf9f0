package dev.signet.core;

import dev.signet.core.internal.KnownExampleSecrets;
import dev.signet.core.internal.Printable;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Refuses secrets that cannot be real: empty, not UTF-8, containing whitespace or control characters, placeholders
 * ({@code your_api_secret}, {@code <...>}, {@code ${...}}, {@code changeme}, {@code example}, {@code ..._here},
 * {@code xxxxxx}), one repeated character, too little entropy, or an example published in exchange documentation.
 * Every credentials provider applies it; only {@link InsecureSecretAccess} skips it.
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
    private static final SecretPolicy DEFAULTS = new SecretPolicy(DEFAULT_MINIMUM_ENTROPY_BITS);
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "your[_-]?(api[_-]?)?(key|secret)|changeme|change[_-]me|example|placeholder|redacted|dummy|"
                    + "(^|[_-])here($|[_-])|x{6,}|^<.*>$|^\\$\\{.*}$|^%.*%$|^\\*+$");

    private final int minimumEntropyBits;

    private SecretPolicy(int minimumEntropyBits) {
        this.minimumEntropyBits = minimumEntropyBits;
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
        return new SecretPolicy(bits);
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
            for (char c : chars) {
                if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                    throw refuse(what, source, "it contains whitespace or a control character (a stray newline, space or tab?)");
                }
            }
            if (looksLikePlaceholder(chars)) {
                throw refuse(what, source, "it looks like a placeholder, not a real " + what);
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
            return isSecret ? null : new String(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private static char[] decodeUtf8(byte[] value, String what, String source) {
        // our own buffer (UTF-8 never has more chars than bytes), so a refusal can wipe what was decoded so far
        CharBuffer decoded = CharBuffer.allocate(value.length);
        try {
            CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(value), decoded, true);
            if (result.isError()) {
                throw refuse(what, source, "it is not valid UTF-8 (a binary file, or a different encoding?)");
            }
            return Arrays.copyOf(decoded.array(), decoded.position());
        } finally {
            Arrays.fill(decoded.array(), '\0');
        }
    }

    private static boolean looksLikePlaceholder(char[] chars) {
        char[] lower = new char[chars.length];
        try {
            for (int i = 0; i < chars.length; i++) {
                lower[i] = Character.toLowerCase(chars[i]);
            }
            return PLACEHOLDER.matcher(CharBuffer.wrap(lower)).find();
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
