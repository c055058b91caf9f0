package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.Hex;
import dev.signet.testing.TestVectorsFromShared;
import dev.signet.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command of DESIGN.md §5 with its outputs and exit codes; no secret ever appears in any output. */
class CommandsTest {
    static final String SECRET = randomSecret();
    static final Map<String, String> ENV = Map.of("BINANCE_API_SECRET", SECRET, "BINANCE_API_KEY", "cliKeyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789",
            "KEY_PASS", "correct horse battery");
    @TempDir
    Path dir;

    static String randomSecret() {
        return dev.signet.testing.TestSecrets.random();
    }

    static String jdkHmacHex(String secret, String payload) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Hex.encode(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void signHmacPrintsLowercaseHexOnlyAndVerifyAgrees() throws Exception {
        Cli sign = Cli.run(ENV, "sign", "--algorithm", "hmac-sha256", "--secret-env", "BINANCE_API_SECRET", "--payload", "symbol=LTCBTC");
        assertThat(sign.code()).isZero();
        assertThat(sign.out()).isEqualTo(jdkHmacHex(SECRET, "symbol=LTCBTC") + System.lineSeparator());
        Cli valid = Cli.run(ENV, "verify", "--algorithm", "hmac-sha256", "--secret-env", "BINANCE_API_SECRET", "--payload", "symbol=LTCBTC",
                "--signature", sign.out().strip());
        assertThat(valid.code()).isZero();
        assertThat(valid.out().strip()).isEqualTo("valid");
        Cli invalid = Cli.run(ENV, "verify", "--algorithm", "hmac-sha256", "--secret-env", "BINANCE_API_SECRET", "--payload", "symbol=BTC",
                "--signature", sign.out().strip());
        assertThat(invalid.code()).isEqualTo(1);
        assertThat(invalid.out().strip()).isEqualTo("invalid");
        assertThat(sign.all() + valid.all() + invalid.all()).doesNotContain(SECRET);
    }

    @Test
    void versionComesFromTheBuild() {
        Cli version = Cli.run(ENV, "--version");
        assertThat(version.code()).isZero();
        assertThat(version.out().strip()).isEqualTo("signet " + System.getProperty("signet.projectVersion"));
    }

    @Test
    void payloadFileDashReadsStdin() throws Exception {
        Cli sign = Cli.runWithStdin(ENV, "a=1&b=2", "sign", "--algorithm", "hmac-sha256", "--secret-env", "BINANCE_API_SECRET", "--payload-file", "-");
        assertThat(sign.out().strip()).isEqualTo(jdkHmacHex(SECRET, "a=1&b=2"));
    }

    @Test
    void verifyReadsThePayloadFromAFileOrStdinByteForByte() throws Exception {
        byte[] payload = {'a', '=', (byte) 0xE9, '\n'}; // not UTF-8: only a file carries it exactly
        Path file = Files.write(dir.resolve("payload"), payload);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Hex.encode(mac.doFinal(payload));
        Cli sign = Cli.run(ENV, "sign", "--algorithm", "hmac-sha256", "--secret-env", "BINANCE_API_SECRET", "--payload-file", file.toString());
        assertThat(sign.out().strip()).isEqualTo(expected);
        Cli valid = Cli.run(ENV, "verify", "--algorithm", "hmac-sha256", "--secret-env", "BINANCE_API_SECRET", "--payload-file", file.toString(),
                "--signature", expected);
        assertThat(valid.code()).isZero();
        assertThat(valid.out().strip()).isEqualTo("valid");
        Cli tampered = Cli.runWithStdin(ENV, "a=e\n", "verify", "--algorithm", "hmac-sha256", "--secret-env", "BINANCE_API_SECRET",
                "--payload-file", "-", "--signature", expected);
        assertThat(tampered.code()).isEqualTo(1);
        assertThat(tampered.out().strip()).isEqualTo("invalid");
        Cli both = Cli.run(ENV, "verify", "--algorithm", "hmac-sha256", "--secret-env", "BINANCE_API_SECRET", "--payload", "x",
                "--payload-file", file.toString(), "--signature", expected);
        assertThat(both.code()).isEqualTo(2);
    }

    @Test
    void keygenSignPublicKeyAndVerifyRoundTripWithOpenSsl() throws Exception {
        Path keys = dir.resolve("keys");
        Cli keygen = Cli.run(ENV, "keygen", "--algorithm", "ed25519", "--out", keys.toString(), "--passphrase-env", "KEY_PASS");
        assertThat(keygen.code()).isZero();
        assertThat(keygen.out().strip()).matches("sha256:[0-9a-f]{8}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("private.pem")))).isEqualTo("rw-------");
        Cli again = Cli.run(ENV, "keygen", "--algorithm", "ed25519", "--out", keys.toString());
        assertThat(again.code()).isEqualTo(3);
        assertThat(again.err()).contains("never overwrites");
        Cli pub = Cli.run(ENV, "public-key", "--key-file", keys.resolve("private.pem").toString(), "--passphrase-env", "KEY_PASS");
        assertThat(pub.out()).isEqualTo(Files.readString(keys.resolve("public.pem")));
        Cli sign = Cli.run(ENV, "sign", "--algorithm", "ed25519", "--key-file", keys.resolve("private.pem").toString(),
                "--passphrase-env", "KEY_PASS", "--payload", "order");
        assertThat(Base64.getDecoder().decode(sign.out().strip())).hasSize(64);
        Path msg = Files.writeString(dir.resolve("msg"), "order");
        Path sig = Files.write(dir.resolve("sig"), Base64.getDecoder().decode(sign.out().strip()));
        assertThat(Tools.text("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", keys.resolve("public.pem").toString(), "-rawin",
                "-in", msg.toString(), "-sigfile", sig.toString())).contains("Verified Successfully");
        Cli verify = Cli.run(ENV, "verify", "--algorithm", "ed25519", "--public-key-file", keys.resolve("public.pem").toString(),
                "--payload", "order", "--signature", sign.out().strip());
        assertThat(verify.code()).isZero();
    }

    @Test
    void rsaKeygenHonoursBitsAndSignsBase64() {
        Path keys = dir.resolve("rsa");
        assertThat(Cli.run(ENV, "keygen", "--algorithm", "rsa", "--bits", "3072", "--out", keys.toString()).code()).isZero();
        Cli sign = Cli.run(ENV, "sign", "--algorithm", "rsa", "--key-file", keys.resolve("private.pem").toString(), "--payload", "x");
        assertThat(Base64.getDecoder().decode(sign.out().strip())).hasSize(384);
    }

    @Test
    void binanceSignRequestReproducesThePublishedExample() {
        Map<String, String> env = Map.of("EXAMPLE_SECRET", TestVectorsFromShared.exchangeExampleSecret());
        Cli policy = Cli.run(env, "binance", "sign-request", "--secret-env", "EXAMPLE_SECRET", "--param", "symbol=LTCBTC", "--timestamp", "1");
        assertThat(policy.code()).isEqualTo(4);
        assertThat(policy.err()).contains("example published").doesNotContain(TestVectorsFromShared.exchangeExampleSecret());
        Cli signed = Cli.run(ENV, "binance", "sign-request", "--secret-env", "BINANCE_API_SECRET", "--param", "symbol=LTCBTC",
                "--param", "note=代币 x", "--body-param", "quantity=1", "--timestamp", "1499827319559", "--recv-window", "5000");
        assertThat(signed.code()).isZero();
        String payloadQuery = "symbol=LTCBTC&note=%E4%BB%A3%E5%B8%81%20x";
        String body = "quantity=1&recvWindow=5000&timestamp=1499827319559";
        assertThat(signed.out().strip()).startsWith("{\"query\":\"" + payloadQuery + "\",\"body\":\"" + body + "&signature=");
    }

    @Test
    void binanceSignWsAddsApiKeyTimestampAndSignature() throws Exception {
        Cli signed = Cli.run(ENV, "binance", "sign-ws", "--secret-env", "BINANCE_API_SECRET", "--api-key-env", "BINANCE_API_KEY",
                "--params-json", "{\"symbol\":\"BTCUSDT\",\"side\":\"SELL\"}", "--timestamp", "1655716096498");
        assertThat(signed.code()).isZero();
        String payload = "apiKey=" + ENV.get("BINANCE_API_KEY") + "&side=SELL&symbol=BTCUSDT&timestamp=1655716096498";
        assertThat(signed.out()).contains("\"signature\":\"" + jdkHmacHex(SECRET, payload) + "\"").contains("\"timestamp\":1655716096498");
    }

    @Test
    void exitCodesForUsageCredentialAndPolicyErrors() throws Exception {
        assertThat(Cli.run(ENV, "sign", "--algorithm", "hmac-sha256", "--payload", "x").code()).isEqualTo(2);
        assertThat(Cli.run(ENV, "frobnicate").code()).isEqualTo(2);
        assertThat(Cli.run(ENV, "sign", "--algorithm", "nope", "--secret-env", "X", "--payload", "x").code()).isEqualTo(2);
        Cli unset = Cli.run(ENV, "sign", "--algorithm", "hmac-sha256", "--secret-env", "MISSING_VAR", "--payload", "x");
        assertThat(unset.code()).isEqualTo(3);
        assertThat(unset.err()).contains("MISSING_VAR").doesNotContain("Exception").doesNotContain("\tat ");
        Path open = Files.writeString(dir.resolve("secret"), SECRET);
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        Cli insecure = Cli.run(ENV, "sign", "--algorithm", "hmac-sha256", "--secret-file", open.toString(), "--payload", "x");
        assertThat(insecure.code()).isEqualTo(3);
        assertThat(insecure.err()).contains("chmod 600").doesNotContain(SECRET);
        Cli placeholder = Cli.run(Map.of("S", "your_api_secret"), "sign", "--algorithm", "hmac-sha256", "--secret-env", "S", "--payload", "x");
        assertThat(placeholder.code()).isEqualTo(4);
        Cli mismatch = Cli.run(ENV, "sign", "--algorithm", "ed25519", "--secret-env", "BINANCE_API_SECRET", "--payload", "x");
        assertThat(mismatch.code()).isEqualTo(2);
        assertThat(mismatch.all()).doesNotContain(SECRET);
    }

    @Test
    void generateCompletionPrintsAShellScriptNamingEveryCommand() {
        Cli completion = Cli.run(ENV, "generate-completion");
        assertThat(completion.code()).isZero();
        assertThat(completion.out()).contains("complete -F _complete_signet").contains("sign-request").contains("--secret-env")
                .contains("keygen").contains("doctor");
    }

    @Test
    void verboseShowsAStackTraceButStillNoSecret() {
        Cli verbose = Cli.run(ENV, "sign", "--algorithm", "hmac-sha256", "--secret-env", "MISSING_VAR", "--payload", "x", "--verbose");
        assertThat(verbose.err()).contains("\tat ").doesNotContain(SECRET);
    }

    @Test
    void scanExitsOneWithRedactedFindingsAndZeroWhenClean() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("Clean.java"), "class Clean {}\n");
        assertThat(Cli.run(ENV, "scan", src.toString()).code()).isZero();
        Files.writeString(src.resolve("Bot.java"), "String apiSecret = \"" + SECRET + "\";\n");
        Cli dirty = Cli.run(ENV, "scan", src.toString());
        assertThat(dirty.code()).isEqualTo(1);
        assertThat(dirty.out()).contains("Bot.java:1:").doesNotContain(SECRET);
    }

    @Test
    void scanOfAMissingPathIsAUsageErrorThatNamesIt() {
        Path missing = dir.resolve("no/such/path");
        Cli scan = Cli.run(ENV, "scan", dir.toString(), missing.toString());
        assertThat(scan.code()).isEqualTo(2);
        assertThat(scan.err()).contains(missing + "' does not exist", "nothing was scanned", "(see signet scan --help)");
        assertThat(scan.out()).isEmpty();
    }

    @Test
    void scanSaysOnStderrWhatItDidNotRead() throws Exception {
        Path src = Files.createDirectories(dir.resolve("bot"));
        Files.createDirectories(src.resolve("target/classes"));
        Files.writeString(src.resolve("target/classes/app.properties"), "api.secret=" + SECRET + "\n");
        Files.createDirectories(src.resolve("build"));
        Files.write(src.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});
        Cli scan = Cli.run(ENV, "scan", src.toString());
        assertThat(scan.code()).isZero();
        assertThat(scan.out()).isEmpty();
        assertThat(scan.err()).contains("signet scan: skipped (build output): ", "target", "build", "signet scan: skipped (binary): logo.png",
                "signet scan: clean");
    }

    @Test
    void doctorListsSourcesAndEndsWithAVerdict() throws Exception {
        Cli ok = Cli.run(Map.of("BINANCE_API_KEY", ENV.get("BINANCE_API_KEY"), "BINANCE_API_SECRET", SECRET), "doctor", "--prefix", "BINANCE");
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("FOUND", "ABSENT", "environment variable BINANCE_API_SECRET").doesNotContain(SECRET);
        assertThat(ok.out().strip()).contains("verdict: OK");
        Path open = Files.writeString(dir.resolve("s"), SECRET);
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-rw-rw-"));
        Cli bad = Cli.run(Map.of("BINANCE_API_KEY", ENV.get("BINANCE_API_KEY"), "BINANCE_API_SECRET_FILE", open.toString()), "doctor", "--prefix", "BINANCE");
        assertThat(bad.code()).isEqualTo(3);
        assertThat(bad.out()).contains("0666", "chmod 600").contains("verdict: NOT OK").doesNotContain(SECRET);
    }

    @Test
    void demoRunsOfflineAndPasses() {
        Cli demo = Cli.run(Map.of(), "demo");
        assertThat(demo.code()).as(demo.all()).isZero();
        assertThat(demo.out()).contains("HMAC_SHA256", "ED25519", "RSA_PKCS1_SHA256", "accepted", "-1022", "demo passed", "cleaned up");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] command : new String[][] {{"sign"}, {"verify"}, {"keygen"}, {"public-key"}, {"binance", "sign-request"},
            {"binance", "sign-ws"}, {"scan"}, {"doctor"}, {"demo"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            Cli help = Cli.run(ENV, args);
            assertThat(help.code()).isZero();
            assertThat(help.out()).startsWith("Usage: signet");
        }
    }
}
