package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.testing.Tools;
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
        Tools.require("softhsm2-util");
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
        bash.environment().keySet().removeIf(name -> name.startsWith("BINANCE_") || name.startsWith("SIGNET_")
                || name.equals("SOFTHSM2_CONF"));
        Process p = bash.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
        assertThat(output).contains("-----BEGIN PUBLIC KEY-----", "verdict: OK", "signet scan: clean", "rw-------");
        assertThat(Files.exists(home.resolve("openssl-key/public.pem"))).isTrue();
        // section 7: a key generated inside the token, signing a request, found by doctor through BINANCE_PRIVATE_KEY_URI
        assertThat(output).contains("inside pkcs11 token 'binance-bot' object 'binance-ed25519'", "FOUND --key-uri: ED25519 key",
                "CKM_EDDSA available", "&signature=", "named by environment variable BINANCE_PRIVATE_KEY_URI");
        assertThat(output).doesNotContain(Files.readString(home.resolve(".config/signet/token-pin")).strip());
    }
}
