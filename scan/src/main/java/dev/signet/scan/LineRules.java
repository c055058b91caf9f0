package dev.signet.scan;

import dev.signet.core.internal.Fingerprints;
import dev.signet.core.internal.KnownExampleSecrets;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-line detectors (private key blocks span lines: {@link PrivateKeyBlocks}). Bounded quantifiers only, so no
 * input can make them backtrack badly. Each value is reported once, under the most specific rule that matched. An
 * instance reuses its matchers (a matcher per line per pattern costs more than the match): one per scan, one thread.
 */
final class LineRules {
    static final String ALLOW_MARKER = "signet:allow";
    private static final int MIN_TOKEN = 16;
    private static final int MAX_TOKEN = 128;
    private static final Pattern AWS_KEY_ID = Pattern.compile("(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])");
    private static final String[] AWS_ID_PREFIXES = {"AKIA", "ASIA", "ABIA", "ACCA"};
    private static final Pattern AWS_SECRET = Pattern.compile("(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])");
    /** A name, not inside a shell expansion such as {@code ${NAME:-default}}. */
    private static final String NAME = "(?<![A-Za-z0-9_.\\-]|\\$\\{)[\"']?([A-Za-z0-9_.\\-]{1,80})[\"']?";
    /**
     * An optional second word before the operator, a type or the name itself: {@code String apiSecret = …},
     * {@code var apiToken string = …}, {@code val apiKey: String = …}.
     */
    private static final String SECOND_WORD = "(?:\\s{0,3}:\\s{0,3}[A-Za-z][A-Za-z0-9_.<>?]{0,30}|\\s{1,3}([A-Za-z][A-Za-z0-9_.<>\\[\\]]{0,30}))?";
    private static final String OPERATOR = "\\s{0,5}(?:=>|->|:{1,3}=|\\?=|\\.=|\\|\\|=|=|:)\\s{0,5}";
    private static final String QUOTED_VALUE = "([\"'`])([^\"'`\\s\\\\]{12,512})\\3";
    private static final Pattern QUOTED = Pattern.compile(NAME + SECOND_WORD + OPERATOR + QUOTED_VALUE);
    /**
     * A quoted name and value as two arguments: {@code setProperty("API_TOKEN", "…")}, {@code Map.of("apiSecret", "…")}.
     * The name is a configuration key (lowerCamel, snake, kebab, dotted or UPPER_SNAKE), not a type or algorithm name
     * such as {@code "SecretKeyFactory", "PBKDF2WithHmacSHA256"}.
     */
    private static final Pattern ARGUMENTS = Pattern.compile("[\"']([a-z][A-Za-z0-9_.\\-]{0,79}|[A-Z][A-Z0-9_.\\-]{0,79})[\"']\\s{0,5},\\s{0,5}()"
            + QUOTED_VALUE);
    private static final Pattern UNQUOTED = Pattern.compile(NAME + "\\s{0,5}[=:]\\s{0,5}([^\"'`\\s\\\\,;#<>(){}\\[\\]]{12,512})(?=$|[\\s\"'`,;\\\\#\\]}])");
    private static final Pattern XML_ELEMENT = Pattern.compile("<([A-Za-z0-9_.\\-]{1,80})>\\s{0,5}([^<\\s]{12,512})\\s{0,5}</\\1>");
    private static final int EXCHANGE_TOKEN_LENGTH = 64;
    private static final double AWS_ID_MIN_BITS = 3.0;
    private static final double AWS_SECRET_MIN_BITS = 4.2;

    private final Matcher quoted = QUOTED.matcher("");
    private final Matcher arguments = ARGUMENTS.matcher("");
    private final Matcher unquoted = UNQUOTED.matcher("");
    private final Matcher xmlElement = XML_ELEMENT.matcher("");

    /** The findings on one line, rule and fingerprint, at most one per value; {@code envFile} for {@code .env} files. */
    List<Map.Entry<ScanRule, String>> check(String line, boolean envFile) {
        Map<String, ScanRule> found = new LinkedHashMap<>();
        if (line.contains(ALLOW_MARKER)) {
            return List.of();
        }
        String lower = SecretNames.lower(line);
        boolean exchangeShaped = tokens(line, lower, found);
        aws(line, lower, found);
        if (envFile || exchangeShaped || SecretNames.hintsAtSecrets(lower)) {
            assignments(line, envFile, found);
        }
        List<Map.Entry<ScanRule, String>> out = new ArrayList<>();
        found.forEach((value, rule) -> out.add(Map.entry(rule, fingerprint(value))));
        return out;
    }

    /**
     * Published examples, and exchange-shaped tokens near exchange words, among the runs of 16 to 128 ASCII letters and
     * digits; returns whether the line has an exchange-shaped token.
     */
    private static boolean tokens(String line, String lower, Map<String, ScanRule> found) {
        boolean exchangeShaped = false;
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            boolean alnum = i < line.length() && isAsciiAlphanumeric(line.charAt(i));
            if (alnum && start < 0) {
                start = i;
            } else if (!alnum && start >= 0) {
                if (i - start >= MIN_TOKEN && i - start <= MAX_TOKEN) {
                    exchangeShaped |= token(line.substring(start, i), line, lower, found);
                }
                start = -1;
            }
        }
        return exchangeShaped;
    }

    private static boolean token(String token, String line, String lower, Map<String, ScanRule> found) {
        if (KnownExampleSecrets.contains(token.getBytes(StandardCharsets.UTF_8))) {
            report(found, token, ScanRule.EXAMPLE_SECRET);
            return false;
        }
        if (!isExchangeToken(token)) {
            return false;
        }
        if (SecretNames.exchangeContext(lower) && !line.contains("base64,")) {
            report(found, token, ScanRule.EXCHANGE_KEY);
        }
        return true;
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static void aws(String line, String lower, Map<String, ScanRule> found) {
        for (String prefix : AWS_ID_PREFIXES) {
            if (line.contains(prefix)) {
                Matcher ids = AWS_KEY_ID.matcher(line);
                while (ids.find()) {
                    String id = ids.group();
                    if (!id.endsWith("EXAMPLE") && ValueShape.bitsPerChar(id) >= AWS_ID_MIN_BITS) {
                        report(found, id, ScanRule.AWS_ACCESS_KEY_ID);
                    }
                }
                break;
            }
        }
        if (lower.contains("aws") || lower.contains("secret") && lower.contains("access")) {
            Matcher secrets = AWS_SECRET.matcher(line);
            while (secrets.find()) {
                String secret = secrets.group();
                if (!secret.endsWith("EXAMPLEKEY") && ValueShape.bitsPerChar(secret) >= AWS_SECRET_MIN_BITS
                        && ValueShape.looksGenerated(secret)) {
                    report(found, secret, ScanRule.AWS_SECRET_KEY);
                }
            }
        }
    }

    private void assignments(String line, boolean envFile, Map<String, ScanRule> found) {
        if (line.indexOf('=') < 0 && line.indexOf(':') < 0 && line.indexOf(',') < 0 && line.indexOf('<') < 0) {
            return;
        }
        assigned(quoted.reset(line), 2, 4, envFile, found);
        assigned(arguments.reset(line), 0, 4, envFile, found);
        assigned(unquoted.reset(line), 0, 2, envFile, found);
        assigned(xmlElement.reset(line), 0, 2, envFile, found);
    }

    /** Each match's value, judged by its name (group 1, and {@code secondWord} when that group matched, 0 for none). */
    private static void assigned(Matcher m, int secondWord, int valueGroup, boolean envFile, Map<String, ScanRule> found) {
        while (m.find()) {
            String name = m.group(1);
            String second = secondWord > 0 && m.group(secondWord) != null ? m.group(secondWord) : "";
            String value = m.group(valueGroup);
            if (isExchangeToken(value)) {
                report(found, value, ScanRule.EXCHANGE_KEY);
                continue;
            }
            ScanRule rule = (SecretNames.mentionsExchange(name) || SecretNames.mentionsExchange(second)) && value.length() >= 16
                    ? ScanRule.EXCHANGE_KEY
                    : SecretNames.isSecretName(name) || SecretNames.isSecretName(second) ? ScanRule.SECRET_ASSIGNMENT
                    : envFile ? ScanRule.ENV_FILE_VALUE : null;
            if (rule != null && ValueShape.looksGenerated(value)) {
                report(found, value, rule);
            }
        }
    }

    /** Keeps the most specific rule for a value. */
    private static void report(Map<String, ScanRule> found, String value, ScanRule rule) {
        found.merge(value, rule, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
    }

    /** Binance's key and secret shape: 64 characters, upper- and lower-case letters and digits. */
    private static boolean isExchangeToken(String token) {
        return token.length() == EXCHANGE_TOKEN_LENGTH && ValueShape.mixedAlphanumeric(token)
                && token.chars().allMatch(c -> isAsciiAlphanumeric((char) c));
    }

    static String fingerprint(String value) {
        return Fingerprints.shortForm(Fingerprints.sha256(value.getBytes(StandardCharsets.UTF_8)));
    }
}
