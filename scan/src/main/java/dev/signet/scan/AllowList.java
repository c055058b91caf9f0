package dev.signet.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A {@code .signetignore}: {@code sha256:…} fingerprints and path globs, one a line, {@code #} comments. */
final class AllowList {
    private final Set<String> fingerprints;
    private final List<PathMatcher> globs;

    private AllowList(Set<String> fingerprints, List<PathMatcher> globs) {
        this.fingerprints = fingerprints;
        this.globs = globs;
    }

    static AllowList read(Path file) throws IOException {
        Set<String> fingerprints = new HashSet<>();
        List<PathMatcher> globs = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("sha256:")) {
                    fingerprints.add(line);
                } else {
                    globs.add(FileSystems.getDefault().getPathMatcher("glob:" + line));
                }
            }
        }
        return new AllowList(fingerprints, globs);
    }

    boolean allowsFingerprint(String fingerprint) {
        return fingerprints.contains(fingerprint);
    }

    boolean allowsPath(Path relative) {
        for (PathMatcher glob : globs) {
            if (glob.matches(relative)) {
                return true;
            }
        }
        return false;
    }
}
