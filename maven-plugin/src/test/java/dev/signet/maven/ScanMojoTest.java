package dev.signet.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanMojoTest {
    @TempDir
    Path dir;

    /** What a mojo logged, one "level message" line per call. */
    private final List<String> logged = new ArrayList<>();

    private ScanMojo mojo() {
        ScanMojo mojo = new ScanMojo();
        mojo.basedir = dir.toFile();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence message) {
                logged.add("info " + message);
            }

            @Override
            public void warn(CharSequence message) {
                logged.add("warn " + message);
            }

            @Override
            public void error(CharSequence message) {
                logged.add("error " + message);
            }
        });
        return mojo;
    }

    private void commitSecret() throws Exception {
        Files.writeString(dir.resolve("Bot.java"), "String apiSecret = \"" + "aZ9q" + "Lm3Xv8Tr2Wk5Yp7Hs1Dn4Bg6Fc0Je" + "\";\n");
    }

    @Test
    void cleanTreePasses() throws Exception {
        Files.writeString(dir.resolve("Clean.java"), "class Clean {}\n");
        mojo().execute();
    }

    @Test
    void committedSecretFailsTheBuildWithoutPrintingIt() throws Exception {
        commitSecret();
        assertThatThrownBy(() -> mojo().execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("1 committed secret").message().doesNotContain("Lm3Xv8Tr2Wk5");
    }

    @Test
    void anExcludedFileIsNotScanned() throws Exception {
        commitSecret();
        ScanMojo excluded = mojo();
        excluded.excludes = List.of("Bot.java");
        excluded.execute();
        assertThat(logged).containsExactly("info signet:scan found no committed secrets");
    }

    @Test
    void skipScansNothing() throws Exception {
        commitSecret();
        ScanMojo skipped = mojo();
        skipped.skip = true;
        skipped.execute();
        assertThat(logged).containsExactly("info signet:scan skipped");
    }

    @Test
    void aMissingRootFailsTheBuildNamingIt() {
        ScanMojo missing = mojo();
        missing.roots = List.of(dir.resolve("no-such-folder").toFile());
        assertThatThrownBy(missing::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("no-such-folder").hasMessageContaining("does not exist");
    }

    @Test
    void skippedFoldersAreCountedInTheLog() throws Exception {
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("Clean.java"), "class Clean {}\n");
        mojo().execute();
        assertThat(logged).containsExactly("info signet:scan skipped 1 folder(s) or file(s) (git-ignored, build output, binary; run with -X to list them)",
                "info signet:scan found no committed secrets");
    }

    @Test
    void reportOnlyLogsEachFindingRedactedAndPasses() throws Exception {
        commitSecret();
        ScanMojo reportOnly = mojo();
        reportOnly.failOnFindings = false;
        reportOnly.execute();
        assertThat(logged).hasSize(2);
        assertThat(logged.get(0)).startsWith("error ").contains("Bot.java:1:").contains("sha256:").doesNotContain("Lm3Xv8Tr2Wk5");
        assertThat(logged.get(1)).startsWith("warn 1 committed secret(s) found");
    }
}
