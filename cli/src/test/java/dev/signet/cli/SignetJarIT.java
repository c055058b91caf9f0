package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.testing.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void libraryWarningsReachStderrAsSignetWarnings(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain.pem");
        Path legacy = dir.resolve("legacy.pem");
        Tools.run("openssl", "genpkey", "-algorithm", "ed25519", "-out", plain.toString());
        Tools.run("openssl", "pkcs8", "-topk8", "-v1", "PBE-SHA1-3DES", "-in", plain.toString(), "-out", legacy.toString(),
                "-passout", "pass:correct horse battery");
        Files.setPosixFilePermissions(legacy, PosixFilePermissions.fromString("rw-------"));
        Files.setLastModifiedTime(legacy, FileTime.from(Instant.now().minus(Duration.ofDays(200))));
        Cli sign = exec(Map.of("PASS", "correct horse battery"), "sign", "--algorithm", "ed25519", "--key-file", legacy.toString(),
                "--passphrase-env", "PASS", "--payload", "x");
        assertThat(sign.code()).as(sign.all()).isZero();
        assertThat(Base64.getDecoder().decode(sign.out().strip())).hasSize(64);
        assertThat(sign.err().lines()).hasSize(2).allMatch(l -> l.startsWith("signet: warning: "));
        assertThat(sign.err()).contains("legacy PBES1 encryption", "is 200 days old; rotate it").doesNotContain("correct horse");
    }

    @Test
    void doctorPrintsAsciiWhenTheLocaleIsNotUtf8() throws Exception {
        Cli doctor = exec(Map.of("LC_ALL", "C", "LANG", "C"), "doctor", "--prefix", "NOT_CONFIGURED");
        assertThat(doctor.code()).isEqualTo(3);
        assertThat(doctor.out()).contains("verdict: NOT OK - no credentials found").doesNotContain("?");
        assertThat(doctor.out().chars()).allMatch(c -> c < 128);
    }

    @Test
    void doctorPrintsThePolicyInTheSameOrderOnEveryRun() throws Exception {
        Set<String> policyLines = new HashSet<>();
        for (int run = 0; run < 8; run++) {
            exec(Map.of(), "doctor").out().lines().filter(l -> l.startsWith("policy:")).forEach(policyLines::add);
        }
        assertThat(policyLines).hasSize(1).allMatch(l -> l.contains("[READ, SPOT_TRADE]"));
    }

    @Test
    void demoPasses() throws Exception {
        Cli demo = exec(Map.of(), "demo");
        assertThat(demo.code()).as(demo.all()).isZero();
        assertThat(demo.out()).contains("demo passed");
    }
}
