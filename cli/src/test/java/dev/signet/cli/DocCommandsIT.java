package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every {@code sh} block of docs/self-generated-keys.md, in order, with the shaded jar as {@code signet}. */
class DocCommandsIT {
    private static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyCommandInTheGuideRuns(@TempDir Path home) throws Exception {
        String guide = Files.readString(Path.of("..", "docs", "self-generated-keys.md"));
        StringBuilder script = new StringBuilder("set -euo pipefail\n")
                .append("signet() { '").append(Path.of(System.getProperty("java.home"), "bin", "java")).append("' -jar '")
                .append(Path.of("target", "signet.jar").toAbsolutePath()).append("' \"$@\"; }\n")
                .append("cd \"$HOME\"\n");
        Matcher blocks = SH_BLOCK.matcher(guide);
        int count = 0;
        while (blocks.find()) {
            script.append(blocks.group(1));
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(7);
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", script.toString()).redirectErrorStream(true);
        bash.environment().put("HOME", home.toString());
        bash.environment().keySet().removeIf(name -> name.startsWith("BINANCE_") || name.startsWith("SIGNET_"));
        Process p = bash.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
        assertThat(output).contains("-----BEGIN PUBLIC KEY-----", "verdict: OK", "signet scan: clean", "rw-------");
        assertThat(Files.exists(home.resolve("openssl-key/public.pem"))).isTrue();
    }
}
