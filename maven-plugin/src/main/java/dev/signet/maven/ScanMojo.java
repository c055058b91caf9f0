package dev.signet.maven;

import dev.signet.scan.Finding;
import dev.signet.scan.ScanReport;
import dev.signet.scan.SecretScanner;
import java.io.File;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code signet:scan}, bound to {@code validate}: fails the build when the project holds committed secrets, printing
 * each finding as {@code path:line:rule:fingerprint} (never the value). Allow intentional fixtures with a
 * {@code .signetignore} in a scanned root, an {@code excludes} glob, or a {@code signet:allow} comment on the line.
 * The plugin runs on Maven's class path, so it has no module descriptor.
 *
 * <pre>{@code <plugin><groupId>dev.signet</groupId><artifactId>signet-maven-plugin</artifactId>
 *   <executions><execution><goals><goal>scan</goal></goals></execution></executions></plugin>}</pre>
 */
@Mojo(name = "scan", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ScanMojo extends AbstractMojo {
    /** Directories or files to scan (default: the project's base directory). */
    @Parameter
    List<File> roots = new ArrayList<>();

    /** The project's base directory, scanned when {@code roots} is empty. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File basedir;

    /** Path globs, relative to each root, to skip (e.g. {@code **}{@code /fixtures/**}). */
    @Parameter
    List<String> excludes = new ArrayList<>();

    /** Fail the build on findings (default); false only reports them. */
    @Parameter(property = "signet.scan.failOnFindings", defaultValue = "true")
    boolean failOnFindings = true;

    /** Skip the scan. */
    @Parameter(property = "signet.scan.skip", defaultValue = "false")
    boolean skip;

    /** Creates the mojo; Maven injects the parameters. */
    public ScanMojo() {
        // parameters are injected by Maven
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("signet:scan skipped");
            return;
        }
        SecretScanner.Builder builder = SecretScanner.builder();
        excludes.forEach(builder::exclude);
        ScanReport report;
        try {
            report = builder.build().report((roots.isEmpty() ? List.of(basedir) : roots).stream().map(File::toPath).toList());
        } catch (NoSuchFileException e) {
            throw new MojoExecutionException("signet:scan: the root " + e.getFile() + " does not exist; fix <roots>", e);
        } catch (IOException e) {
            throw new MojoExecutionException("signet:scan could not read the sources: " + e.getMessage(), e);
        }
        report.skipped().forEach(s -> getLog().debug("signet:scan skipped " + s));
        if (!report.skipped().isEmpty()) {
            getLog().info("signet:scan skipped " + report.skipped().size() + " folder(s) or file(s) (git-ignored, build output, binary; "
                    + "run with -X to list them)");
        }
        List<Finding> findings = report.findings();
        if (findings.isEmpty()) {
            getLog().info("signet:scan found no committed secrets");
            return;
        }
        findings.forEach(f -> getLog().error(f.toString()));
        String summary = findings.size() + " committed secret(s) found; remove them (and rotate them), or allow a test fixture's "
                + "fingerprint in .signetignore or mark its line signet:allow";
        if (failOnFindings) {
            throw new MojoFailureException(summary);
        }
        getLog().warn(summary);
    }
}
