package dev.signet.scan;

import java.nio.file.Path;

/**
 * One committed secret: where, which rule, and the value's short SHA-256 fingerprint (never the value). Prints as
 * {@code path:line:rule:fingerprint}; add the fingerprint to {@code .signetignore} to allow an intentional fixture.
 *
 * <pre>{@code scanner.scan(List.of(Path.of("."))).forEach(System.out::println);}</pre>
 *
 * @param path the file
 * @param line the 1-based line
 * @param rule the rule that matched
 * @param fingerprint {@code sha256:1a2b3c4d} of the matched value
 */
public record Finding(Path path, int line, ScanRule rule, String fingerprint) {
    @Override
    public String toString() {
        return path + ":" + line + ":" + rule.id() + ":" + fingerprint;
    }
}
