package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code sh} block of docs/self-generated-keys.md in order, exactly as written, in one bash, from a folder
 * that is not the checkout: the guide defines {@code signet} itself, and only {@code SIGNET_JAR} (what a reader sets
 * when not in the checkout), {@code HOME} and {@code PATH} (this JVM's {@code java} first) come from the test.
 */
class DocCommandsIT {
    private static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

    private static List<String> blocks() throws Exception {
        String guide = Files.readString(Path.of("..", "docs", "self-generated-keys.md"));
        List<String> blocks = new ArrayList<>();
        Matcher m = SH_BLOCK.matcher(guide);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void theGuideDefinesSignetOnceAtTheTop() throws Exception {
        List<String> blocks = blocks();
        assertThat(blocks.get(0)).contains("signet() {");
        assertThat(blocks.subList(1, blocks.size())).noneMatch(b -> b.contains("signet()") || b.contains("target/signet.jar"));
    }

    @Test
    void everyCommandInTheGuideRunsAsWrittenFromAnyFolder(@TempDir Path home, @TempDir Path elsewhere) throws Exception {
        Tools.require("softhsm2-util");
        List<String> blocks = blocks();
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(9);
        String script = "set -euo pipefail\n" + String.join("", blocks);
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", script).directory(elsewhere.toFile()).redirectErrorStream(true);
        bash.environment().keySet().removeIf(name -> name.startsWith("BINANCE_") || name.startsWith("SIGNET_")
                || name.equals("SOFTHSM2_CONF"));
        bash.environment().put("HOME", home.toString());
        bash.environment().put("SIGNET_JAR", Path.of("target", "signet.jar").toAbsolutePath().toString());
        bash.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
        Process p = bash.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
        assertThat(output).contains("signet " + System.getProperty("signet.projectVersion"), "-----BEGIN PUBLIC KEY-----", "verdict: OK",
                "signet scan: clean", "rw-------", "\nvalid\n").doesNotContain("a long passphrase");
        assertThat(output.split("verdict: OK", -1)).as("doctor OK for the plain key, the encrypted key and the token key").hasSizeGreaterThanOrEqualTo(4);
        assertThat(output.split("\\{\"query\":\"symbol=BTCUSDT&side=BUY", -1)).as("three signed requests: plain, encrypted and token key").hasSize(4);
        assertThat(Files.exists(home.resolve("openssl-key/public.pem"))).isTrue();
        assertThat(Files.list(elsewhere)).as("the guide writes only under $HOME").isEmpty();
        // section 7: a key generated inside the token, signing a request, found by doctor through BINANCE_PRIVATE_KEY_URI
        assertThat(output).contains("inside pkcs11 token 'binance-bot' object 'binance-ed25519'", "FOUND --key-uri: ED25519 key",
                "CKM_EDDSA available", "&signature=", "named by environment variable BINANCE_PRIVATE_KEY_URI");
        assertThat(output).doesNotContain(Files.readString(home.resolve(".config/signet/token-pin")).strip());
    }
}
