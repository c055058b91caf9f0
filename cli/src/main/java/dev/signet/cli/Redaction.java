package dev.signet.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which command-line values a message may quote (DESIGN §4.7): a user who puts the secret where a variable name or a
 * path belongs must not see it echoed on the terminal, in CI logs or in a bug report. A value is shown only when it
 * is shaped like a name ({@code BINANCE_API_SECRET}, {@code hmac-sha256}), an existing path, a name-shaped file in
 * an existing folder, or a path made of name-shaped parts; anything else — long or mixed letters-and-digits runs, {@code +}, {@code =}, control characters —
 * is "value hidden".
 *
 * <pre>{@code "environment variable " + Redaction.quoted(name) + " is not set"}</pre>
 */
final class Redaction {
    static final String HIDDEN = "(value hidden)";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");
    private static final Pattern PART_SEPARATORS = Pattern.compile("[_.\\-]");
    private static final int MAX_PART = 16;
    private static final int MIXED_PART = 8;

    private Redaction() {}

    /** Whether {@code value} may appear in a message. */
    static boolean mayShow(String value) {
        return looksLikeName(value) || looksLikePath(value);
    }

    /** {@code 'value'} when it may be shown, else {@value #HIDDEN}. */
    static String quoted(String value) {
        return mayShow(value) ? "'" + value + "'" : HIDDEN;
    }

    /** {@code message} with every command-line argument that may not be shown replaced by {@value #HIDDEN}. */
    static String scrub(String message, List<String> args) {
        String scrubbed = message;
        for (String arg : args.stream().flatMap(Redaction::pieces).sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            if (!arg.isEmpty() && !mayShow(arg)) {
                scrubbed = scrubbed.replace(arg, HIDDEN);
            }
        }
        return scrubbed;
    }

    /** An argument and, for {@code --option=value}, its value on its own. */
    private static Stream<String> pieces(String arg) {
        int eq = arg.indexOf('=');
        return eq > 0 && arg.startsWith("-") ? Stream.of(arg, arg.substring(eq + 1)) : Stream.of(arg);
    }

    /** Name-shaped: parts between {@code _ . -} that are numbers or short words, none a run mixing letters and digits. */
    static boolean looksLikeName(String value) {
        if (!NAME.matcher(value).matches()) {
            return false;
        }
        for (String part : PART_SEPARATORS.split(value)) {
            boolean letters = part.chars().anyMatch(Character::isLetter);
            if (letters && part.length() > MAX_PART || letters && part.length() >= MIXED_PART && part.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikePath(String value) {
        if (value.isEmpty() || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return false;
        }
        Path path;
        try {
            path = Path.of(value);
        } catch (InvalidPathException e) {
            return false;
        }
        if (Files.exists(path)) {
            return true;
        }
        if (value.indexOf('/') < 0) {
            return false;
        }
        if (path.getParent() != null && Files.isDirectory(path.getParent()) && looksLikeName(path.getFileName().toString())) {
            return true;
        }
        for (String part : value.split("/")) {
            if (!part.isEmpty() && !part.equals("~") && !looksLikeName(part)) {
                return false;
            }
        }
        return true;
    }
}
