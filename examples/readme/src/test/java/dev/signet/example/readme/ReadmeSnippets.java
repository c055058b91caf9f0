package dev.signet.example.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Holds README.md to its sources: every {@code ```java} block must follow a line
 * {@code <!-- source: path#tag -->} and be exactly the text between {@code // tag::tag[]} and {@code // end::tag[]} in
 * that file (several regions with one tag are joined by a blank line; each region loses its common indentation);
 * every {@code signet-…} artifact a {@code ```xml} block names must be one the BOM manages.
 */
final class ReadmeSnippets {
    private static final Pattern MARKER = Pattern.compile("<!-- source: (\\S+)#(\\S+) -->");
    private static final Pattern SIGNET_ARTIFACT = Pattern.compile("<artifactId>(signet-[^<]+)</artifactId>");

    private final Path root;
    private final Set<String> bomArtifacts;

    /** Checks against the repository at {@code root}: its sources and its {@code bom/pom.xml}. */
    ReadmeSnippets(Path root) {
        this.root = root;
        this.bomArtifacts = artifacts(read(root.resolve("bom/pom.xml")));
    }

    /** A fenced block of the README: its language, the line its fence opens on, the marker line before it, its text. */
    record Block(String language, int line, String marker, String text) {
        String name() {
            return "README.md line " + line + (MARKER.matcher(marker.trim()).matches() ? " (" + marker.trim() + ")" : "");
        }
    }

    /** Every fenced block of {@code readme}, in order. */
    static List<Block> blocks(String readme) {
        List<String> lines = readme.lines().toList();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("```") || lines.get(i).length() == 3) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).equals("```")) {
                end++;
            }
            blocks.add(new Block(lines.get(i).substring(3).trim(), i + 1, i > 0 ? lines.get(i - 1) : "",
                    String.join("\n", lines.subList(i + 1, Math.min(end, lines.size())))));
            i = end;
        }
        return blocks;
    }

    /** What is wrong with {@code readme}: one line per block that has no source, drifted, or names an unknown artifact. */
    List<String> problems(String readme) {
        List<String> problems = new ArrayList<>();
        for (Block block : blocks(readme)) {
            if (block.language().equals("java")) {
                javaProblem(block).ifPresent(problems::add);
            } else if (block.language().equals("xml")) {
                Set<String> unknown = artifacts(block.text());
                unknown.removeAll(bomArtifacts);
                if (!unknown.isEmpty()) {
                    problems.add(block.name() + ": the BOM manages no " + unknown);
                }
            }
        }
        return problems;
    }

    private Optional<String> javaProblem(Block block) {
        Matcher marker = MARKER.matcher(block.marker().trim());
        if (!marker.matches()) {
            return Optional.of(block.name() + ": a ```java block without a source; put <!-- source: path#tag --> on the line "
                    + "before it (first line: " + block.text().lines().findFirst().orElse("") + ")");
        }
        Path file = root.resolve(marker.group(1));
        if (!Files.isRegularFile(file)) {
            return Optional.of(block.name() + ": no file " + marker.group(1));
        }
        List<String> regions = regions(read(file), marker.group(2));
        if (regions.isEmpty()) {
            return Optional.of(block.name() + ": " + marker.group(1) + " has no region // tag::" + marker.group(2) + "[]");
        }
        String source = String.join("\n\n", regions);
        return source.equals(block.text()) ? Optional.empty()
                : Optional.of(block.name() + ": differs from its source " + firstDifference(block.text(), source));
    }

    /** The regions tagged {@code tag} in {@code source}, each without its common indentation. */
    static List<String> regions(String source, String tag) {
        List<String> regions = new ArrayList<>();
        List<String> current = null;
        for (String line : source.lines().toList()) {
            String trimmed = line.trim();
            if (trimmed.equals("// tag::" + tag + "[]")) {
                current = new ArrayList<>();
            } else if (trimmed.equals("// end::" + tag + "[]") && current != null) {
                regions.add(dedent(current));
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return regions;
    }

    private static String dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n"));
    }

    private static String firstDifference(String readme, String source) {
        List<String> shown = readme.lines().toList();
        List<String> kept = source.lines().toList();
        for (int i = 0; i < Math.max(shown.size(), kept.size()); i++) {
            String a = i < shown.size() ? shown.get(i) : "(end of block)";
            String b = i < kept.size() ? kept.get(i) : "(end of region)";
            if (!a.equals(b)) {
                return "at block line " + (i + 1) + ":\n  README: " + a + "\n  source: " + b;
            }
        }
        return "in trailing blank lines";
    }

    private static Set<String> artifacts(String text) {
        Matcher m = SIGNET_ARTIFACT.matcher(text);
        Set<String> found = new TreeSet<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
