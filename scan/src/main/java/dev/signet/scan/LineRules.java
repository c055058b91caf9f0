package dev.signet.scan;

import dev.signet.core.internal.Fingerprints;
import dev.signet.core.internal.KnownExampleSecrets;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The per-line detectors; bounded quantifiers only, so no input can make them backtrack badly. */
final class LineRules {
    static final String ALLOW_MARKER = "signet:allow";
    private static final Pattern BEGIN_KEY = Pattern.compile("-----BEGIN ((?:RSA|EC|DSA|OPENSSH|ENCRYPTED) )?PRIVATE KEY-----");
    private static final Pattern TOKEN = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z0-9]{16,128}(?![A-Za-z0-9])");
    private static final Pattern EXCHANGE_CONTEXT = Pattern.compile("(?i)binance|bnb|mbx|api|secret|key");
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?i)[\"']?([A-Za-z0-9_.-]{0,40}(?:secret|api[_.-]?key|apikey|token|passw(?:or)?d|private[_.-]?key|credential)[A-Za-z0-9_.-]{0,40})[\"']?"
                    + "\\s{0,5}(?::=|=>|->|=|:)\\s{0,5}[\"'`]([^\"'`\\s]{16,256})[\"'`]");
    private static final Pattern UNQUOTED_ASSIGNMENT = Pattern.compile(
            "(?i)^\\s{0,20}(?:export\\s{1,5})?([A-Za-z0-9_.-]{0,40}(?:secret|api[_.-]?key|apikey|token|passw(?:or)?d|private[_.-]?key|credential)[A-Za-z0-9_.-]{0,40})"
                    + "\\s{0,5}[=:]\\s{0,5}([^\"'`\\s#]{16,256})\\s*$");
    /** An upper-case identifier such as an environment variable's name: a reference, never a secret. */
    private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_.]{0,255}");
    private static final double MIN_BITS_PER_CHAR = 3.5;

    private LineRules() {}

    /** The findings on one line, at most one per matched value, most specific rule first. */
    static List<Map.Entry<ScanRule, String>> check(String line) {
        List<Map.Entry<ScanRule, String>> found = new ArrayList<>();
        if (line.contains(ALLOW_MARKER)) {
            return found;
        }
        Matcher tokens = TOKEN.matcher(line);
        boolean exchangeContext = EXCHANGE_CONTEXT.matcher(line).find();
        while (tokens.find()) {
            String token = tokens.group();
            if (KnownExampleSecrets.contains(token.getBytes(StandardCharsets.UTF_8))) {
                found.add(Map.entry(ScanRule.EXAMPLE_SECRET, fingerprint(token)));
            } else if (exchangeContext && token.length() == 64 && mixedAlphanumeric(token) && !line.contains("base64,")) {
                found.add(Map.entry(ScanRule.EXCHANGE_KEY, fingerprint(token)));
            }
        }
        for (Pattern pattern : new Pattern[] {ASSIGNMENT, UNQUOTED_ASSIGNMENT}) {
            Matcher assignment = pattern.matcher(line);
            while (assignment.find()) {
                String value = assignment.group(2);
                String fp = fingerprint(value);
                if (found.stream().noneMatch(f -> f.getValue().equals(fp)) && looksGenerated(value)) {
                    found.add(Map.entry(ScanRule.SECRET_ASSIGNMENT, fp));
                }
            }
        }
        return found;
    }

    /** Whether the line opens a private key block. */
    static boolean opensPrivateKey(String line) {
        return !line.contains(ALLOW_MARKER) && BEGIN_KEY.matcher(line).find();
    }

    static String fingerprint(String value) {
        return Fingerprints.shortForm(Fingerprints.sha256(value.getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean mixedAlphanumeric(String token) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            upper |= Character.isUpperCase(c);
            lower |= Character.isLowerCase(c);
            digit |= Character.isDigit(c);
        }
        return upper && lower && digit;
    }

    /** High entropy, and not a reference to somewhere else ({@code ${VAR}}, {@code env:}, a path, a URL, a VARIABLE_NAME). */
    private static boolean looksGenerated(String value) {
        if (value.startsWith("${") || value.startsWith("$") || value.startsWith("env:") || value.contains("://")
                || value.startsWith("/") || value.startsWith("<") || value.contains("(") || CONSTANT_NAME.matcher(value).matches()) {
            return false;
        }
        return bitsPerChar(value) >= MIN_BITS_PER_CHAR;
    }

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
}
