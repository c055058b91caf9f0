package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.testing.TestVectorsFromShared;
import dev.signet.testing.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each row of the README's "What Signet does when…" table: the exit code and the message the user sees. */
class BadInputTest {
    private static final String SECRET = CommandsTest.randomSecret();
    @TempDir
    Path dir;

    private Path file(String name, byte[] content, String mode) throws Exception {
        Path f = Files.write(dir.resolve(name), content);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
        return f;
    }

    private static void assertRow(Cli result, int code, String message) {
        assertThat(result.code()).as(result.all()).isEqualTo(code);
        assertThat(result.err() + result.out()).contains(message).doesNotContain(SECRET);
    }

    private static Cli signWithSecretFile(Path file) {
        return Cli.run(Map.of(), "sign", "--algorithm", "hmac-sha256", "--secret-file", file.toString(), "--payload", "x");
    }

    private static Cli signWithKeyFile(Path file, Map<String, String> env, String... extra) {
        String[] args = {"sign", "--algorithm", "rsa", "--key-file", file.toString(), "--payload", "x"};
        String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return Cli.run(env, all);
    }

    @Test
    void worldReadableKeyFile() throws Exception {
        assertRow(signWithSecretFile(file("s", SECRET.getBytes(), "rw-r--r--")), 3, "has mode 0644");
    }

    @Test
    void placeholderSecret() {
        assertRow(Cli.run(Map.of("S", "your_api_secret"), "sign", "--algorithm", "hmac-sha256", "--secret-env", "S", "--payload", "x"), 4,
                "looks like a placeholder");
    }

    @Test
    void exampleSecretFromTheExchangeDocs() {
        assertRow(Cli.run(Map.of("S", TestVectorsFromShared.exchangeExampleSecret()), "sign", "--algorithm", "hmac-sha256", "--secret-env", "S",
                "--payload", "x"), 4, "example published in the exchange's documentation");
    }

    @Test
    void missingVariable() {
        assertRow(Cli.run(Map.of(), "sign", "--algorithm", "hmac-sha256", "--secret-env", "BINANCE_API_SECRET", "--payload", "x"), 3,
                "environment variable BINANCE_API_SECRET is not set");
    }

    @Test
    void bothValueAndFileTwin() throws Exception {
        Path secret = file("s", SECRET.getBytes(), "rw-------");
        assertRow(Cli.run(Map.of("P_API_KEY", "keyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789", "P_API_SECRET", SECRET, "P_API_SECRET_FILE", secret.toString()),
                "doctor", "--prefix", "P"), 3, "both P_API_SECRET and P_API_SECRET_FILE are set");
    }

    @Test
    void truncatedPem() throws Exception {
        Path key = dir.resolve("k.pem");
        Tools.run("openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", key.toString());
        byte[] pem = Files.readAllBytes(key);
        assertRow(signWithKeyFile(file("t.pem", java.util.Arrays.copyOf(pem, pem.length / 2), "rw-------"), Map.of()), 3, "truncated");
    }

    @Test
    void wrongPassphrase() throws Exception {
        Path keys = dir.resolve("keys");
        assertThat(Cli.run(Map.of("PASS", "right passphrase"), "keygen", "--algorithm", "ed25519", "--out", keys.toString(),
                "--passphrase-env", "PASS").code()).isZero();
        assertRow(Cli.run(Map.of("PASS", "wrong passphrase"), "sign", "--algorithm", "ed25519", "--key-file", keys.resolve("private.pem").toString(),
                "--passphrase-env", "PASS", "--payload", "x"), 3, "wrong passphrase");
    }

    @Test
    void rsa1024() throws Exception {
        Path key = dir.resolve("small.pem");
        Tools.run("openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:1024", "-out", key.toString());
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        assertRow(signWithKeyFile(key, Map.of()), 3, "at least 2048 are required");
    }

    @Test
    void rsa1024IsNotExportedEither() throws Exception {
        Path key = dir.resolve("small.pem");
        Tools.run("openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:1024", "-out", key.toString());
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        Cli sign = signWithKeyFile(key, Map.of());
        Cli export = Cli.run(Map.of(), "public-key", "--key-file", key.toString());

        assertRow(export, 3, "at least 2048 are required");
        assertThat(export.out()).doesNotContain("PUBLIC KEY");
        assertThat(export.err()).isEqualTo(sign.err());
    }

    @Test
    void passphraseForAnUnencryptedKey() throws Exception {
        Path key = dir.resolve("plain.pem");
        Tools.run("openssl", "genpkey", "-algorithm", "ed25519", "-out", key.toString());
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        assertRow(Cli.run(Map.of("PASS", "a passphrase"), "sign", "--algorithm", "ed25519", "--key-file", key.toString(),
                "--passphrase-env", "PASS", "--payload", "x"), 3, "the key file is not encrypted, but a passphrase was given");
        assertRow(Cli.run(Map.of("P_API_KEY", "keyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789", "P_PRIVATE_KEY_FILE", key.toString(),
                "P_PRIVATE_KEY_PASSPHRASE", "a passphrase"), "doctor", "--prefix", "P"), 3, "the key file is not encrypted, but a passphrase "
                + "was given");
    }

    @Test
    void twoPrivateKeysInOneFile() throws Exception {
        Path ed = dir.resolve("ed.pem");
        Path rsa = dir.resolve("rsa.pem");
        Tools.run("openssl", "genpkey", "-algorithm", "ed25519", "-out", ed.toString());
        Tools.run("openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", rsa.toString());
        Path both = file("both.pem", (Files.readString(ed) + Files.readString(rsa)).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                "rw-------");
        assertRow(signWithKeyFile(both, Map.of()), 3, "the file holds 2 private-key PEM blocks; Signet reads files with exactly one");
    }

    @Test
    void unsupportedPemEncryption() throws Exception {
        Path rsa = dir.resolve("rsa.pem");
        Tools.run("openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", rsa.toString());
        Path camellia = dir.resolve("camellia.pem");
        Tools.run("openssl", "rsa", "-traditional", "-camellia256", "-in", rsa.toString(), "-passout", "pass:a passphrase", "-out",
                camellia.toString());
        Files.setPosixFilePermissions(camellia, PosixFilePermissions.fromString("rw-------"));
        assertRow(signWithKeyFile(camellia, Map.of("PASS", "a passphrase"), "--passphrase-env", "PASS"), 3,
                "unsupported encryption 'CAMELLIA-256-CBC'; convert it to encrypted PKCS#8 with: openssl pkcs8 -topk8");
    }

    @Test
    void oversizedFile() throws Exception {
        assertRow(signWithSecretFile(file("big", new byte[1024 * 1024 + 1], "rw-------")), 3, "larger than 1 MiB");
    }

    @Test
    void directoryInsteadOfFile() throws Exception {
        assertRow(signWithSecretFile(Files.createDirectory(dir.resolve("d"))), 3, "not a regular file");
    }

    @Test
    void nonUtf8Secret() throws Exception {
        byte[] latin1 = ("caf" + (char) 0xE9 + SECRET).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertRow(signWithSecretFile(file("l1", latin1, "rw-------")), 4, "not valid UTF-8");
    }
}
