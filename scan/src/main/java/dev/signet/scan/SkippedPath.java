package dev.signet.scan;

import java.nio.file.Path;

/**
 * A folder or file the scanner did not read, and why: {@code git-ignored}, {@code build output}, {@code binary},
 * {@code larger than 1 MiB} …, so a user knows what a clean result does not cover.
 *
 * <pre>{@code report.skipped().forEach(s -> System.err.println("skipped " + s));}</pre>
 *
 * @param path the folder or file, relative to the scanned root where possible
 * @param reason why it was skipped
 */
public record SkippedPath(Path path, String reason) {
    @Override
    public String toString() {
        return path + " (" + reason + ")";
    }
}
