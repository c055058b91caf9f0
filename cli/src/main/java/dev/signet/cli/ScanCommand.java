package dev.signet.cli;

import dev.signet.scan.ScanReport;
import dev.signet.scan.SecretScanner;
import dev.signet.scan.SkippedPath;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code signet scan PATH…}: prints redacted findings {@code path:line:rule:fingerprint} on stdout, exit 1 if any;
 * on stderr, what was not read and why (git-ignored folders, build output, binary files). A path that does not
 * exist is a usage error (exit 2): the user typed it, and nothing was scanned.
 */
@Command(name = "scan", mixinStandardHelpOptions = true, description = "Find committed secrets; prints path:line:rule:fingerprint, exit 1 if any.")
final class ScanCommand implements Callable<Integer> {
    private static final int SHOWN_PER_REASON = 5;

    @Spec
    CommandSpec spec;
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to scan (a git work tree: its tracked and untracked files).")
    List<Path> paths;
    @Mixin
    Verbose verbose;

    @Override
    public Integer call() throws IOException {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new ParameterException(spec.commandLine(), "PATH '" + path + "' does not exist; nothing was scanned");
            }
        }
        ScanReport report = SecretScanner.builder().build().report(paths);
        PrintWriter err = spec.commandLine().getErr();
        report.findings().forEach(spec.commandLine().getOut()::println);
        skippedByReason(report.skipped()).forEach((reason, skipped) -> err.println("signet scan: skipped (" + reason + "): "
                + skipped.stream().limit(SHOWN_PER_REASON).map(s -> s.path().toString()).collect(Collectors.joining(", "))
                + (skipped.size() > SHOWN_PER_REASON ? " and " + (skipped.size() - SHOWN_PER_REASON) + " more" : "")));
        err.println(report.findings().isEmpty() ? "signet scan: clean" : "signet scan: " + report.findings().size()
                + " finding(s); remove the secrets (and rotate them), or allow-list a fixture's fingerprint in .signetignore");
        return report.findings().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
    }

    private static Map<String, List<SkippedPath>> skippedByReason(List<SkippedPath> skipped) {
        return skipped.stream().collect(Collectors.groupingBy(SkippedPath::reason, LinkedHashMap::new, Collectors.toList()));
    }
}
