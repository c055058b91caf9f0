package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user who types the secret on the command line — after an unknown option, or where a variable name or a path
 * belongs — never sees it echoed: messages name the option and say "value hidden" (DESIGN §4.7).
 */
class NoEchoTest {
    private static final String SECRET = CommandsTest.randomSecret();
    @TempDir
    Path dir;

    private static void assertHidden(Cli result, int code, String... expected) {
        assertThat(result.code()).as(result.all()).isEqualTo(code);
        assertThat(result.all()).contains(expected).contains("value hidden").doesNotContain(SECRET).doesNotContain(SECRET.substring(0, 16));
    }

    @Test
    void anUnknownOptionIsNamedButItsValueIsNot() {
        assertHidden(Cli.run(Map.of(), "sign", "--algorithm", "hmac-sha256", "--secret", SECRET, "--payload", "x"), 2, "--secret ");
        assertHidden(Cli.run(Map.of(), "sign", "--algorithm", "hmac-sha256", "--secret=" + SECRET, "--payload", "x"), 2, "--secret ");
    }

    @Test
    void aStrayArgumentIsNotEchoed() {
        assertHidden(Cli.run(Map.of("S", CommandsTest.SECRET), "sign", "--algorithm", "hmac-sha256", "--secret-env", "S", SECRET,
                "--payload", "x"), 2, "unexpected argument");
    }

    @Test
    void aSecretWhereTheVariableNameBelongsIsNotEchoed() {
        assertHidden(Cli.run(Map.of(), "sign", "--algorithm", "hmac-sha256", "--secret-env", SECRET, "--payload", "x"), 3, "--secret-env");
        assertHidden(Cli.run(Map.of(), "verify", "--algorithm", "hmac-sha256", "--secret-env", SECRET, "--payload", "x", "--signature", "00"),
                3, "--secret-env");
        assertHidden(Cli.run(Map.of("K", "key"), "binance", "sign-ws", "--secret-env", SECRET, "--api-key-env", "K", "--params-json", "{}",
                "--timestamp", "1"), 3, "--secret-env");
    }

    @Test
    void aSecretWhereThePassphraseVariableBelongsIsNotEchoed() throws Exception {
        Path keys = dir.resolve("keys");
        assertThat(Cli.run(Map.of(), "keygen", "--algorithm", "ed25519", "--out", keys.toString()).code()).isZero();
        assertHidden(Cli.run(Map.of(), "sign", "--algorithm", "ed25519", "--key-file", keys.resolve("private.pem").toString(),
                "--passphrase-env", SECRET, "--payload", "x"), 3, "--passphrase-env");
        assertHidden(Cli.run(Map.of(), "keygen", "--algorithm", "ed25519", "--out", dir.resolve("k2").toString(), "--passphrase-env", SECRET),
                3, "--passphrase-env");
    }

    @Test
    void aSecretWhereThePinVariableBelongsIsNotEchoed() {
        assertHidden(Cli.run(Map.of(), "doctor", "--key-uri", "pkcs11:token=bot;object=key", "--pin-env", SECRET), 3, "--pin-env");
        assertHidden(Cli.run(Map.of(), "public-key", "--key-uri", "pkcs11:token=bot;object=key", "--pin-env", SECRET), 3, "--pin-env");
    }

    @Test
    void aSecretWhereTheApiKeyVariableBelongsIsNotEchoed() {
        assertHidden(Cli.run(Map.of("S", CommandsTest.SECRET), "binance", "sign-ws", "--secret-env", "S", "--api-key-env", SECRET,
                "--params-json", "{}", "--timestamp", "1"), 3, "--api-key-env");
    }

    @Test
    void aSecretWhereThePathBelongsIsNotEchoed() {
        assertHidden(Cli.run(Map.of(), "sign", "--algorithm", "hmac-sha256", "--secret-file", SECRET, "--payload", "x"), 3, "--secret-file");
        assertHidden(Cli.run(Map.of(), "sign", "--algorithm", "ed25519", "--key-file", SECRET, "--payload", "x"), 3, "--key-file");
        assertHidden(Cli.run(Map.of(), "public-key", "--key-file", SECRET), 3, "--key-file");
    }

    @Test
    void aStackTraceIsScrubbedToo() {
        assertHidden(Cli.run(Map.of(), "sign", "--algorithm", "hmac-sha256", "--secret-file", SECRET, "--payload", "x", "--verbose"), 3,
                "\tat ");
    }

    @Test
    void invalidAndRepeatedValuesAreNotEchoed() {
        assertHidden(Cli.run(Map.of(), "sign", "--algorithm", SECRET, "--secret-env", "S", "--payload", "x"), 2, "--algorithm");
        assertHidden(Cli.run(Map.of(), "keygen", "--algorithm", "rsa", "--bits", SECRET, "--out", "x"), 2, "--bits");
        assertHidden(Cli.run(Map.of(), "sign", "--algorithm", "hmac-sha256", "--secret-env", "S", "--payload", SECRET, "--payload", "y"), 2,
                "--payload");
        assertHidden(Cli.run(Map.of(), "sign", "--algorithm", "hmac-sha256", "--secret-env", "S", "--secret-env", SECRET, "--payload", "y"),
                2, "--secret-env");
    }

    @Test
    void paramsThatAreNotJsonAreNotQuoted() {
        Cli result = Cli.run(Map.of("S", CommandsTest.SECRET, "K", "key"), "binance", "sign-ws", "--secret-env", "S", "--api-key-env", "K",
                "--params-json", "{\"a\": " + SECRET + "}", "--timestamp", "1");
        assertThat(result.code()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains("--params-json").doesNotContain(SECRET);
    }

    @Test
    void anEmptyArgumentLeavesMessagesReadable() {
        Cli result = Cli.run(Map.of(), "sign", "--algorithm", "hmac-sha256", "--secret-env", "BINANCE_API_SECRET", "--payload", "");
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err()).isEqualTo("signet: environment variable BINANCE_API_SECRET is not set; export it, or give --secret-env "
                + "another name" + System.lineSeparator());
    }

    @Test
    void namesAndPathsThatAreNotSecretsAreStillShown() throws Exception {
        Cli unset = Cli.run(Map.of(), "sign", "--algorithm", "hmac-sha256", "--secret-env", "BINANCE_API_SECRET", "--payload", "x");
        assertThat(unset.err()).contains("environment variable BINANCE_API_SECRET is not set");
        Path missing = Files.createDirectories(dir.resolve("conf")).resolve("api-secret");
        Cli noFile = Cli.run(Map.of(), "sign", "--algorithm", "hmac-sha256", "--secret-file", missing.toString(), "--payload", "x");
        assertThat(noFile.code()).isEqualTo(3);
        assertThat(noFile.err()).contains(missing.toString()).contains("does not exist");
    }
}
