package dev.signet.example.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link ModulePathBot} as a named module on the module path, as a JPMS user would: proves the exports, the
 * {@code requires} and the ServiceLoader wiring ({@code provides}/{@code uses}) of every Signet module it touches.
 */
class ModulePathTest {
    /** A fresh 64-character secret per run, like the exchange issues; never a literal in the repository. */
    private static final String SECRET = new SecureRandom().ints(64, 0, 62)
            .mapToObj(i -> String.valueOf("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".charAt(i)))
            .collect(Collectors.joining());

    @TempDir
    Path dir;

    private List<String> run(String... jvmOptions) throws Exception {
        Path keys = Files.createDirectory(dir.resolve("run" + System.nanoTime()), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        String modulePath = System.getProperty("signet.botClasses") + File.pathSeparator
                + Files.readString(Path.of(System.getProperty("signet.modulePathFile"))).strip();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-m", "dev.signet.example.modulepath/dev.signet.example.modulepath.ModulePathBot", keys.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SIGNET_API_KEY", "moduleBotApiKey0123456789");
        builder.environment().put("SIGNET_API_SECRET", SECRET);
        Process process = builder.start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();
        return lines;
    }

    @Test
    void everyAlgorithmAndAProfileSignOnTheModulePath() throws Exception {
        // the profile needs Jackson, an optional module of core; signet-binance requires it, so it is resolved here
        List<String> out = run();
        assertThat(out).containsExactly("bot module: dev.signet.example.modulepath", "signer lookup module: dev.signet.core",
                "hmac HMAC_SHA256 verified", "ed25519 ED25519 verified", "rsa RSA_PKCS1_SHA256 verified",
                "profile HMAC_SHA256 verified");
        assertThat(String.join("\n", out)).doesNotContain(SECRET);
    }
}
