package dev.signet.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanMojoTest {
    @TempDir
    Path dir;

    private ScanMojo mojo() {
        ScanMojo mojo = new ScanMojo();
        mojo.basedir = dir.toFile();
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
    void excludesSkipAndReportOnlyAreHonoured() throws Exception {
        commitSecret();
        ScanMojo excluded = mojo();
        excluded.excludes = List.of("Bot.java");
        excluded.execute();
        ScanMojo skipped = mojo();
        skipped.skip = true;
        skipped.execute();
        ScanMojo reportOnly = mojo();
        reportOnly.failOnFindings = false;
        reportOnly.execute();
        assertThat(Files.exists(dir.resolve("Bot.java"))).isTrue();
    }
}
