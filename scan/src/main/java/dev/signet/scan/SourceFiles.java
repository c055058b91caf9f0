package dev.signet.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The files under a root, and the folders left out. In a git work tree: what {@code git ls-files -co
 * --exclude-standard} lists (tracked and untracked, .gitignore respected), the ignored folders and files reported as
 * {@code git-ignored}. Elsewhere: a walk that leaves out {@code .git}, {@code target}, {@code build},
 * {@code node_modules} and {@code .idea}, each reported with its reason.
 */
final class SourceFiles {
    private static final Map<String, String> SKIPPED_DIRS = Map.of(".git", "git metadata", "target", "build output", "build", "build output",
            "node_modules", "installed dependencies", ".idea", "IDE settings");

    private SourceFiles() {}

    /**
     * The files to scan under {@code root} (a file is its own list).
     *
     * @param skipped receives the folders and files left out, relative to {@code root}
     */
    static List<Path> under(Path root, List<SkippedPath> skipped) throws IOException {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        List<Path> fromGit = git(root, "-co");
        if (fromGit == null) {
            return walk(root, skipped);
        }
        List<Path> ignored = git(root, "-oi", "--directory");
        if (ignored != null) {
            ignored.forEach(p -> skipped.add(new SkippedPath(root.relativize(p), "git-ignored")));
        }
        return fromGit.stream().filter(Files::isRegularFile).toList();
    }

    /** {@code git ls-files} with {@code options}, or null when {@code root} is not in a work tree or git is missing. */
    private static List<Path> git(Path root, String... options) {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString(), "ls-files"));
        command.addAll(List.of(options));
        command.addAll(List.of("--exclude-standard", "-z"));
        try {
            Process git = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out;
            try (InputStream in = git.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!git.waitFor(60, TimeUnit.SECONDS) || git.exitValue() != 0) {
                return null;
            }
            List<Path> files = new ArrayList<>();
            for (String name : new String(out, StandardCharsets.UTF_8).split("\0")) {
                if (!name.isEmpty()) {
                    files.add(root.resolve(name));
                }
            }
            return files;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static List<Path> walk(Path root, List<SkippedPath> skipped) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String reason = dir.equals(root) ? null : SKIPPED_DIRS.get(dir.getFileName().toString());
                if (reason == null) {
                    return FileVisitResult.CONTINUE;
                }
                skipped.add(new SkippedPath(root.relativize(dir), reason));
                return FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }
}
