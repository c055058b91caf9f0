package dev.signet.scan;

import java.util.List;

/**
 * What a scan found and what it did not read.
 *
 * <pre>{@code ScanReport report = SecretScanner.builder().build().report(List.of(Path.of(".")));}</pre>
 *
 * @param findings the committed secrets, sorted by path and line
 * @param skipped folders and files not read, with the reason
 */
public record ScanReport(List<Finding> findings, List<SkippedPath> skipped) {
    /** Copies both lists. */
    public ScanReport {
        findings = List.copyOf(findings);
        skipped = List.copyOf(skipped);
    }
}
