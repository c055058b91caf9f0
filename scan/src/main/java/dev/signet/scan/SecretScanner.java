package dev.signet.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds secrets committed to source trees: published example secrets, private key blocks, exchange-style 64-char
 * keys near key words, and high-entropy literals assigned to secret-like names (Java, Kotlin, Python, JS, YAML,
 * properties, .env, JSON). Binary files (a NUL byte in the first 8 KiB) and files over the size cap are skipped.
 * A {@code .signetignore} in a scanned root lists allowed fingerprints ({@code sha256:1a2b3c4d}) and path globs;
 * a line containing {@code signet:allow} is not reported.
 *
 * <pre>{@code List<Finding> findings = SecretScanner.builder().build().scan(List.of(Path.of(".")));}</pre>
 */
public final class SecretScanner {
    /** The allow-list file's name. */
    public static final String IGNORE_FILE = ".signetignore";
    private static final int BINARY_PROBE = 8192;

    private final long maxFileBytes;
    private final List<PathMatcher> excludes;

    private SecretScanner(Builder b) {
        this.maxFileBytes = b.maxFileBytes;
        this.excludes = b.excludes;
    }

    /** A builder: 1 MiB size cap, no extra excludes. */
    public static Builder builder() {
        return new Builder();
    }

    /** Scans every root (file or directory); findings sorted by path and line. */
    public List<Finding> scan(List<Path> roots) throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (Path root : roots) {
            Path base = (Files.isDirectory(root) ? root : root.toAbsolutePath().getParent()).toAbsolutePath().normalize();
            AllowList allow = AllowList.read(base.resolve(IGNORE_FILE));
            for (Path file : SourceFiles.under(root)) {
                Path absolute = file.toAbsolutePath().normalize();
                Path relative = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
                if (!allow.allowsPath(relative) && excludes.stream().noneMatch(m -> m.matches(relative))) {
                    scanFile(file).stream().filter(f -> !allow.allowsFingerprint(f.fingerprint())).forEach(findings::add);
                }
            }
        }
        findings.sort(Comparator.comparing((Finding f) -> f.path().toString()).thenComparingInt(Finding::line));
        return findings;
    }

    /** The findings in one file (no allow-list applied). */
    public List<Finding> scanFile(Path file) throws IOException {
        if (Files.size(file) > maxFileBytes || file.getFileName().toString().equals(IGNORE_FILE)) {
            return List.of();
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readAllBytes();
        }
        for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
            if (bytes[i] == 0) {
                return List.of();
            }
        }
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        return scanText(file, text.split("\r?\n", -1));
    }

    private static List<Finding> scanText(Path file, String[] lines) {
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            if (LineRules.opensPrivateKey(lines[i])) {
                StringBuilder block = new StringBuilder();
                int j = i;
                while (j < lines.length && j - i < 200) {
                    block.append(lines[j]).append('\n');
                    if (lines[j].contains("-----END ")) {
                        break;
                    }
                    j++;
                }
                findings.add(new Finding(file, i + 1, ScanRule.PRIVATE_KEY_BLOCK, LineRules.fingerprint(block.toString())));
                i = j;
                continue;
            }
            for (Map.Entry<ScanRule, String> hit : LineRules.check(lines[i])) {
                if (seen.add(hit.getValue() + "@" + i)) {
                    findings.add(new Finding(file, i + 1, hit.getKey(), hit.getValue()));
                }
            }
        }
        return findings;
    }

    /** Configures a {@link SecretScanner}. */
    public static final class Builder {
        private long maxFileBytes = 1024 * 1024;
        private final List<PathMatcher> excludes = new ArrayList<>();

        private Builder() {}

        /** Files larger than this are skipped (default 1 MiB). */
        public Builder maxFileBytes(long bytes) {
            this.maxFileBytes = bytes;
            return this;
        }

        /** Skips paths (relative to the scanned root) matching this glob, e.g. {@code **}{@code /fixtures/**}. */
        public Builder exclude(String glob) {
            excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            return this;
        }

        /** The scanner. */
        public SecretScanner build() {
            return new SecretScanner(this);
        }
    }
}
