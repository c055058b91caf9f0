package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shaded jar as users run it: {@code java -jar cli/target/signet.jar …} in a child process. */
class SignetJarIT {
    private static final Path JAR = Path.of("target", "signet.jar");

    private static Cli exec(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Process p = builder.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Cli(p.waitFor(), out, err);
    }

    @Test
    void signPrintsOnlyTheSignatureAndStartsQuickly() throws Exception {
        assertThat(Files.isRegularFile(JAR)).isTrue();
        long start = System.nanoTime();
        Cli sign = exec(Map.of("S", CommandsTest.SECRET), "sign", "--algorithm", "hmac-sha256", "--secret-env", "S", "--payload", "symbol=LTCBTC");
        System.out.printf("java -jar signet.jar sign: %.0f ms%n", (System.nanoTime() - start) / 1e6);
        assertThat(sign.code()).isZero();
        assertThat(sign.out().strip()).isEqualTo(CommandsTest.jdkHmacHex(CommandsTest.SECRET, "symbol=LTCBTC"));
        assertThat(sign.err()).isEmpty();
    }

    @Test
    void failuresAreOneLineOnStderrWithTheDocumentedCode() throws Exception {
        Cli missing = exec(Map.of(), "sign", "--algorithm", "hmac-sha256", "--secret-env", "NOT_SET_ANYWHERE", "--payload", "x");
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err().strip()).startsWith("signet: ").contains("NOT_SET_ANYWHERE").doesNotContain("\n");
        Cli placeholder = exec(Map.of("S", "changeme"), "sign", "--algorithm", "hmac-sha256", "--secret-env", "S", "--payload", "x");
        assertThat(placeholder.code()).isEqualTo(4);
        assertThat(placeholder.all()).doesNotContain("changeme");
    }

    @Test
    void demoPasses() throws Exception {
        Cli demo = exec(Map.of(), "demo");
        assertThat(demo.code()).as(demo.all()).isZero();
        assertThat(demo.out()).contains("demo passed");
    }
}
