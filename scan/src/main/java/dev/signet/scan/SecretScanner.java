package dev.signet.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds secrets committed to source trees (the rules are {@link ScanRule}): published example secrets, private key
 * blocks, AWS access key ids and secret keys, exchange keys and secrets, high-entropy values assigned to
 * secret-like names in any text file, and every high-entropy value of a {@code .env} file. Binary files (a NUL byte
 * in the first 8 KiB) and files over the size cap are skipped and reported, like ignored folders. A
 * {@code .signetignore} in a scanned root lists allowed fingerprints ({@code sha256:1a2b3c4d}) and path globs; a
 * line containing {@code signet:allow} is not reported.
 *
 * <pre>{@code ScanReport report = SecretScanner.builder().build().report(List.of(Path.of(".")));}</pre>
 */
public final class SecretScanner {
    /** The allow-list file's name. */
    public static final String IGNORE_FILE = ".signetignore";
    private static final int BINARY_PROBE = 8192;
    private static final Pattern LINE_BREAK = Pattern.compile("\\r?\\n");

    private final long maxFileBytes;
    private final List<PathMatcher> excludes;

    private SecretScanner(Builder b) {
        this.maxFileBytes = b.maxFileBytes;
        this.excludes = List.copyOf(b.excludes);
    }

    /** A builder: 1 MiB size cap, no extra excludes. */
    public static Builder builder() {
        return new Builder();
    }

    /** The findings under every root (file or directory), sorted by path and line. */
    public List<Finding> scan(List<Path> roots) throws IOException {
        return report(roots).findings();
    }

    /**
     * Scans every root (file or directory): findings sorted by path and line, and what was skipped.
     *
     * @throws NoSuchFileException if a root does not exist (nothing is scanned then)
     */
    public ScanReport report(List<Path> roots) throws IOException {
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new NoSuchFileException(root.toString(), null, "no such file or folder to scan");
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<SkippedPath> skipped = new ArrayList<>();
        LineRules rules = new LineRules();
        for (Path root : roots) {
            Path base = (Files.isDirectory(root) ? root : root.toAbsolutePath().getParent()).toAbsolutePath().normalize();
            AllowList allow = AllowList.read(base.resolve(IGNORE_FILE));
            for (Path file : SourceFiles.under(root, skipped)) {
                FileResult result = scanOne(file, base, allow, rules);
                findings.addAll(result.findings());
                if (result.skipped() != null) {
                    skipped.add(result.skipped());
                }
            }
        }
        findings.sort(Comparator.comparing((Finding f) -> f.path().toString()).thenComparingInt(Finding::line));
        return new ScanReport(findings, skipped);
    }

    /** One file's findings, or why it was not read. */
    private record FileResult(List<Finding> findings, SkippedPath skipped) {
        static final FileResult NOTHING = new FileResult(List.of(), null);
    }

    /** Scans one file: its findings not allowed by the allow-list, or why it was not read. */
    private FileResult scanOne(Path file, Path base, AllowList allow, LineRules rules) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        if (allow.allowsPath(relative) || excluded(relative)) {
            return FileResult.NOTHING;
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
        }
        if (bytes.length > maxFileBytes) {
            return new FileResult(List.of(), new SkippedPath(relative, "larger than " + size(maxFileBytes)));
        }
        if (isBinary(bytes)) {
            return new FileResult(List.of(), new SkippedPath(relative, "binary"));
        }
        return new FileResult(scanText(file, bytes, rules).stream().filter(f -> !allow.allowsFingerprint(f.fingerprint())).toList(), null);
    }

    private boolean excluded(Path relative) {
        for (PathMatcher exclude : excludes) {
            if (exclude.matches(relative)) {
                return true;
            }
        }
        return false;
    }

    /** The findings in one text file (no allow-list, size or binary check applied). */
    public List<Finding> scanFile(Path file) throws IOException {
        return scanText(file, Files.readAllBytes(file), new LineRules());
    }

    private static boolean isBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }

    /** {@code .env}, {@code .env.production}, {@code app.env}: files that exist to hold secrets. */
    private static boolean isEnvFile(Path file) {
        String name = file.getFileName().toString();
        return name.equals(".env") || name.startsWith(".env.") || name.endsWith(".env");
    }

    private static List<Finding> scanText(Path file, byte[] bytes, LineRules rules) {
        if (file.getFileName().toString().equals(IGNORE_FILE)) {
            return List.of();
        }
        String[] lines = LINE_BREAK.split(new String(bytes, StandardCharsets.UTF_8), -1); // malformed UTF-8 becomes U+FFFD
        boolean envFile = isEnvFile(file);
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            PrivateKeyBlocks.Block block = PrivateKeyBlocks.at(lines, i);
            if (block != null) {
                findings.add(new Finding(file, i + 1, ScanRule.PRIVATE_KEY_BLOCK, block.fingerprint()));
                i = block.lastLine();
                continue;
            }
            String line = i + 2 < lines.length ? XmlElements.joined(lines[i], lines[i + 1], lines[i + 2]) : null;
            if (line != null) {
                i++; // the value's line
            } else {
                line = lines[i];
            }
            for (Map.Entry<ScanRule, String> hit : rules.check(line, envFile)) {
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
