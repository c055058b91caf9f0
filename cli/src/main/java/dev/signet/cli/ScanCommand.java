package dev.signet.cli;

import dev.signet.scan.Finding;
import dev.signet.scan.SecretScanner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code signet scan PATH…}: prints redacted findings {@code path:line:rule:fingerprint}; exit 1 if any. */
@Command(name = "scan", mixinStandardHelpOptions = true, description = "Find committed secrets; prints path:line:rule:fingerprint, exit 1 if any.")
final class ScanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to scan (a git work tree: its tracked and untracked files).")
    List<Path> paths;
    @Mixin
    Verbose verbose;

    @Override
    public Integer call() throws IOException {
        List<Finding> findings = SecretScanner.builder().build().scan(paths);
        findings.forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getErr().println(findings.isEmpty() ? "signet scan: clean" : "signet scan: " + findings.size()
                + " finding(s); remove the secrets (and rotate them), or allow-list a fixture's fingerprint in .signetignore");
        return findings.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
    }
}
