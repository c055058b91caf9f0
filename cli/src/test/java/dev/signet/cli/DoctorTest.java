package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.testing.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code signet doctor}: one line per source, named once and in plain words, and a verdict the signers agree with. */
class DoctorTest {
    private static final String API_KEY = "doctorKeyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789"; // signet:allow test fixture
    private static final Pattern SOURCE_LINE = Pattern.compile("(?m)^(?:FOUND|ABSENT|ERROR|REFUSED)\\s+(.+?): (.*)$");
    @TempDir
    Path dir;

    @Test
    void eachSourceIsNamedOnceInPlainWords() {
        Cli doctor = Cli.run(Map.of(), "doctor", "--prefix", "BINANCE");
        assertThat(doctor.out()).contains("system properties binance.*").doesNotContain("propertys").doesNotContain("CredentialsProvider[");
        Matcher line = SOURCE_LINE.matcher(doctor.out());
        int lines = 0;
        while (line.find()) {
            lines++;
            assertThat(line.group(2)).as(line.group()).doesNotContain(line.group(1));
        }
        assertThat(lines).isEqualTo(4);
    }

    @Test
    void thePassphraseHintNamesTheVariableForThePrefixInUse() throws Exception {
        Path keys = dir.resolve("keys");
        assertThat(Cli.run(Map.of("PASS", "correct horse battery"), "keygen", "--algorithm", "ed25519", "--out", keys.toString(),
                "--passphrase-env", "PASS").code()).isZero();
        Cli doctor = Cli.run(Map.of("BOT_API_KEY", API_KEY, "BOT_PRIVATE_KEY_FILE", keys.resolve("private.pem").toString()), "doctor",
                "--prefix", "BOT");
        assertThat(doctor.code()).isEqualTo(3);
        assertThat(doctor.out()).contains("BOT_PRIVATE_KEY_PASSPHRASE").doesNotContain("P_PRIVATE_KEY_PASSPHRASE");
    }

    @Test
    void aKeyTheSignersRefuseIsNotOk() throws Exception {
        Path key = dir.resolve("rsa1024.pem");
        Tools.run("openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:1024", "-out", key.toString());
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        Cli doctor = Cli.run(Map.of("BOT_API_KEY", API_KEY, "BOT_PRIVATE_KEY_FILE", key.toString()), "doctor", "--prefix", "BOT");
        assertThat(doctor.code()).as(doctor.all()).isEqualTo(3);
        assertThat(doctor.out()).contains("1024 bits; at least 2048 are required").contains("verdict: NOT OK").doesNotContain("verdict: OK");
    }

    @Test
    void aKeyTheSignersAcceptIsOk() throws Exception {
        Path keys = dir.resolve("ok");
        assertThat(Cli.run(Map.of(), "keygen", "--algorithm", "rsa", "--out", keys.toString()).code()).isZero();
        Cli doctor = Cli.run(Map.of("BOT_API_KEY", API_KEY, "BOT_PRIVATE_KEY_FILE", keys.resolve("private.pem").toString()), "doctor",
                "--prefix", "BOT");
        assertThat(doctor.code()).as(doctor.all()).isZero();
        assertThat(doctor.out()).contains("verdict: OK — signing with environment variables BOT_*");
    }

    @Test
    void thePolicyListsScopesInDeclarationOrder() {
        assertThat(Cli.run(Map.of(), "doctor").out()).contains("they sign [READ, SPOT_TRADE] and refuse [MARGIN, FUTURES, TRANSFER, WITHDRAW, KEY_MANAGEMENT, UNKNOWN]");
    }
}
