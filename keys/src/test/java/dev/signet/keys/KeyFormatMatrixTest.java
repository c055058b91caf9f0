package dev.signet.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.KeyFormatException;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import dev.signet.testing.Tools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every private-key format users arrive with, produced by the real tools, parsed by {@link PrivateKeyParser}; the
 * public key we derive must equal the one OpenSSL derives from the same file.
 */
class KeyFormatMatrixTest {
    private static final String PASS = "correct horse battery";
    @TempDir
    static Path dir;
    static Path ed25519;
    static Path rsa;

    @BeforeAll
    static void keys() throws Exception {
        Tools.require("openssl");
        ed25519 = dir.resolve("ed25519.pem");
        rsa = dir.resolve("rsa.pem");
        Tools.run("openssl", "genpkey", "-algorithm", "ed25519", "-out", ed25519.toString());
        Tools.run("openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", rsa.toString());
    }

    private static byte[] opensslSpki(Path privateKey) throws Exception {
        return Tools.run("openssl", "pkey", "-in", privateKey.toString(), "-pubout", "-outform", "DER");
    }

    private static void assertParsesTo(Path file, char[] pass, Path original, SigningAlgorithm algorithm) throws Exception {
        try (SigningKey key = PrivateKeyParser.parse(Files.readAllBytes(file), pass)) {
            assertThat(key.algorithm()).isEqualTo(algorithm);
            assertThat(Arrays.equals(key.publicKeySpki().orElseThrow(), opensslSpki(original))).as(file.toString()).isTrue();
        }
    }

    private static Path convert(String name, String... args) throws Exception {
        Path out = dir.resolve(name);
        String[] command = Arrays.copyOf(args, args.length + 2);
        command[args.length] = "-out";
        command[args.length + 1] = out.toString();
        Tools.run(command);
        return out;
    }

    @Test
    void pemPkcs8() throws Exception {
        assertParsesTo(ed25519, null, ed25519, SigningAlgorithm.ED25519);
        assertParsesTo(rsa, null, rsa, SigningAlgorithm.RSA_PKCS1_SHA256);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ed25519", "rsa"})
    void encryptedPkcs8WithPbkdf2AndScrypt(String which) throws Exception {
        Path key = which.equals("rsa") ? rsa : ed25519;
        SigningAlgorithm algorithm = which.equals("rsa") ? SigningAlgorithm.RSA_PKCS1_SHA256 : SigningAlgorithm.ED25519;
        Path pbkdf2 = convert(which + "-pbes2.pem", "openssl", "pkcs8", "-topk8", "-v2", "aes-256-cbc", "-in", key.toString(), "-passout", "pass:" + PASS);
        Path scrypt = convert(which + "-scrypt.pem", "openssl", "pkcs8", "-topk8", "-scrypt", "-in", key.toString(), "-passout", "pass:" + PASS);
        assertParsesTo(pbkdf2, PASS.toCharArray(), key, algorithm);
        assertParsesTo(scrypt, PASS.toCharArray(), key, algorithm);
    }

    @Test
    void legacyPbes1IsStillRead() throws Exception {
        Path pbes1 = convert("rsa-pbes1.pem", "openssl", "pkcs8", "-topk8", "-v1", "PBE-SHA1-3DES", "-in", rsa.toString(), "-passout", "pass:" + PASS);
        assertParsesTo(pbes1, PASS.toCharArray(), rsa, SigningAlgorithm.RSA_PKCS1_SHA256);
    }

    @Test
    void traditionalPkcs1PlainAndEncrypted() throws Exception {
        Path plain = convert("rsa-trad.pem", "openssl", "rsa", "-traditional", "-in", rsa.toString());
        Path encrypted = convert("rsa-trad-enc.pem", "openssl", "rsa", "-traditional", "-aes256", "-in", rsa.toString(), "-passout", "pass:" + PASS);
        assertThat(Files.readString(plain)).contains("BEGIN RSA PRIVATE KEY");
        assertThat(Files.readString(encrypted)).contains("Proc-Type: 4,ENCRYPTED");
        assertParsesTo(plain, null, rsa, SigningAlgorithm.RSA_PKCS1_SHA256);
        assertParsesTo(encrypted, PASS.toCharArray(), rsa, SigningAlgorithm.RSA_PKCS1_SHA256);
    }

    @Test
    void derPkcs8AndPkcs1() throws Exception {
        assertParsesTo(convert("ed.der", "openssl", "pkey", "-outform", "DER", "-in", ed25519.toString()), null, ed25519, SigningAlgorithm.ED25519);
        assertParsesTo(convert("rsa1.der", "openssl", "rsa", "-traditional", "-outform", "DER", "-in", rsa.toString()), null, rsa,
                SigningAlgorithm.RSA_PKCS1_SHA256);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ed25519", "rsa"})
    void openSshKeysFromSshKeygen(String type) throws Exception {
        Tools.require("ssh-keygen");
        Path key = dir.resolve("ssh-" + type);
        Tools.run("ssh-keygen", "-q", "-t", type, "-b", "2048", "-N", "", "-C", "test", "-f", key.toString());
        assertThat(Files.readString(key)).contains("BEGIN OPENSSH PRIVATE KEY");
        try (SigningKey parsed = PrivateKeyParser.parse(Files.readAllBytes(key), null)) {
            String sshPublic = Files.readString(Path.of(key + ".pub"));
            assertThat(Arrays.equals(parsed.publicKeySpki().orElseThrow(),
                    PublicKeyParser.parse(sshPublic.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).publicKeySpki().orElseThrow())).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ed25519", "rsa"})
    void bcryptEncryptedOpenSshKeysFromSshKeygen(String type) throws Exception {
        Tools.require("ssh-keygen");
        Path key = dir.resolve("ssh-enc-" + type);
        Tools.run("ssh-keygen", "-q", "-t", type, "-b", "2048", "-N", PASS, "-f", key.toString());
        try (SigningKey parsed = PrivateKeyParser.parse(Files.readAllBytes(key), PASS.toCharArray())) {
            String sshPublic = Files.readString(Path.of(key + ".pub"));
            assertThat(Arrays.equals(parsed.publicKeySpki().orElseThrow(),
                    PublicKeyParser.parse(sshPublic.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).publicKeySpki().orElseThrow())).isTrue();
        }
        assertThatThrownBy(() -> PrivateKeyParser.parse(Files.readAllBytes(key), "wrong".toCharArray()))
                .isInstanceOf(KeyFormatException.class).hasMessageContaining("OpenSSH").hasMessageContaining("wrong passphrase").hasNoCause();
        assertThatThrownBy(() -> PrivateKeyParser.parse(Files.readAllBytes(key), null))
                .isInstanceOf(KeyFormatException.class).hasMessageContaining("PASSPHRASE");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"ed25519, aes256-ctr", "ed25519, aes256-cbc", "ed25519, aes256-gcm@openssh.com", "ed25519, chacha20-poly1305@openssh.com",
        "rsa, aes256-ctr", "rsa, aes256-cbc", "rsa, aes256-gcm@openssh.com", "rsa, chacha20-poly1305@openssh.com"})
    void encryptedOpenSshKeysWithEachCipherSshKeygenWritesSignWhatOpenSslVerifies(String type, String cipher) throws Exception {
        Tools.require("ssh-keygen");
        Path key = dir.resolve("ssh-" + type + "-" + cipher.replace('@', '_'));
        // one bcrypt round: this test is about the ciphers (bcryptEncryptedOpenSshKeysFromSshKeygen reads ssh-keygen's default of 16)
        Tools.run("ssh-keygen", "-q", "-t", type, "-b", "2048", "-a", "1", "-Z", cipher, "-N", PASS, "-C", "test", "-f", key.toString());
        assertThat(OpenSshFiles.cipherName(Files.readAllBytes(key))).isEqualTo(cipher);
        byte[] message = "symbol=LTCBTC&side=BUY&timestamp=1499827319559".getBytes(StandardCharsets.US_ASCII);
        Path messageFile = Files.write(dir.resolve(key.getFileName() + ".msg"), message);
        try (SigningKey parsed = PrivateKeyParser.parse(Files.readAllBytes(key), PASS.toCharArray())) {
            byte[] derivedByOpenSsh = Tools.run("ssh-keygen", "-y", "-P", PASS, "-f", key.toString());
            assertThat(parsed.publicKeySpki().orElseThrow()).isEqualTo(PublicKeyParser.parse(derivedByOpenSsh).publicKeySpki().orElseThrow());
            Path signature = Files.write(dir.resolve(key.getFileName() + ".sig"), JdkSignatures.sign(parsed, message));
            Path publicPem = OpenSshFiles.spkiPem(Path.of(key + ".pub"), dir);
            if (type.equals("rsa")) {
                Tools.run("openssl", "dgst", "-sha256", "-verify", publicPem.toString(), "-signature", signature.toString(), messageFile.toString());
            } else {
                Tools.run("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", publicPem.toString(), "-rawin", "-in", messageFile.toString(),
                        "-sigfile", signature.toString());
            }
        }
        assertThatThrownBy(() -> PrivateKeyParser.parse(Files.readAllBytes(key), "wrong".toCharArray()))
                .isInstanceOf(KeyFormatException.class).hasMessageContaining("wrong passphrase").hasNoCause();
    }

    @Test
    void openSshKeysEncryptedWith3desAreRefusedWithTheReencryptCommand() throws Exception {
        Tools.require("ssh-keygen");
        Path key = dir.resolve("ssh-3des");
        Tools.run("ssh-keygen", "-q", "-t", "ed25519", "-a", "1", "-Z", "3des-cbc", "-N", PASS, "-f", key.toString());
        assertThatThrownBy(() -> PrivateKeyParser.parse(Files.readAllBytes(key), PASS.toCharArray())).isInstanceOf(KeyFormatException.class)
                .hasMessageContaining("unsupported cipher '3des-cbc'").hasMessageContaining("ssh-keygen -p -Z aes256-ctr");
    }

    @Test
    void wrongOrMissingPassphraseIsNamed() throws Exception {
        Path enc = convert("ed-enc.pem", "openssl", "pkcs8", "-topk8", "-v2", "aes-256-cbc", "-in", ed25519.toString(), "-passout", "pass:" + PASS);
        byte[] bytes = Files.readAllBytes(enc);
        assertThatThrownBy(() -> PrivateKeyParser.parse(bytes, "wrong".toCharArray()))
                .isInstanceOf(KeyFormatException.class).hasMessageContaining("encrypted").hasMessageContaining("wrong passphrase")
                .hasNoCause();
        assertThatThrownBy(() -> PrivateKeyParser.parse(bytes, null))
                .isInstanceOf(KeyFormatException.class).hasMessageContaining("PASSPHRASE");
    }

    @Test
    void aTraditionalPemCipherSignetCannotReadIsNamedNotTakenForAWrongPassphrase() throws Exception {
        Path camellia = convert("rsa-trad-camellia.pem", "openssl", "rsa", "-traditional", "-camellia256", "-in", rsa.toString(), "-passout",
                "pass:" + PASS);
        assertThat(Files.readString(camellia)).contains("DEK-Info: CAMELLIA-256-CBC");
        assertThatThrownBy(() -> PrivateKeyParser.parse(Files.readAllBytes(camellia), PASS.toCharArray())).isInstanceOf(KeyFormatException.class)
                .hasMessageContaining("unsupported encryption 'CAMELLIA-256-CBC'").hasMessageContaining("openssl pkcs8 -topk8")
                .hasMessageNotContaining("wrong passphrase").hasNoCause();
    }

    /** The user believes the key is protected; using it unprotected would hide that it is not. */
    @ParameterizedTest
    @ValueSource(strings = {"PEM PKCS#8", "PEM PKCS#1", "DER PKCS#8", "DER PKCS#1", "OpenSSH"})
    void aPassphraseForAnUnencryptedKeyIsRefused(String format) throws Exception {
        Path key = switch (format) {
            case "PEM PKCS#8" -> ed25519;
            case "PEM PKCS#1" -> convert("rsa-trad-plain.pem", "openssl", "rsa", "-traditional", "-in", rsa.toString());
            case "DER PKCS#1" -> convert("rsa-trad-plain.der", "openssl", "rsa", "-traditional", "-outform", "DER", "-in", rsa.toString());
            case "DER PKCS#8" -> convert("ed-plain.der", "openssl", "pkey", "-outform", "DER", "-in", ed25519.toString());
            default -> {
                Tools.require("ssh-keygen");
                Path ssh = dir.resolve("ssh-plain");
                Files.deleteIfExists(ssh);
                Files.deleteIfExists(Path.of(ssh + ".pub"));
                Tools.run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", ssh.toString());
                yield ssh;
            }
        };
        byte[] bytes = Files.readAllBytes(key);
        assertThatThrownBy(() -> PrivateKeyParser.parse(bytes, PASS.toCharArray())).isInstanceOf(KeyFormatException.class)
                .hasMessageContaining(format).hasMessageContaining("is not encrypted, but a passphrase was given")
                .hasMessageContaining(format.equals("OpenSSH") ? "ssh-keygen -p" : "openssl pkcs8 -topk8").hasNoCause();
        PrivateKeyParser.parse(bytes, null).close();
        PrivateKeyParser.parse(bytes, new char[0]).close();
    }

    @Test
    void aFileWithTwoPrivateKeyBlocksIsRefused() throws Exception {
        byte[] both = (Files.readString(ed25519) + Files.readString(rsa)).getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> PrivateKeyParser.parse(both, null)).isInstanceOf(KeyFormatException.class)
                .hasMessageContaining("2 private-key PEM blocks").hasMessageContaining("exactly one");
        byte[] keyAndCertificateLike = (Files.readString(ed25519) + Files.readString(convert("pub2.pem", "openssl", "pkey", "-pubout", "-in",
                ed25519.toString()))).getBytes(StandardCharsets.US_ASCII);
        PrivateKeyParser.parse(keyAndCertificateLike, null).close();
    }

    @Test
    void truncatedPublicAndUnsupportedKeysAreRefusedWithoutEchoingKeyBytes() throws Exception {
        byte[] pem = Files.readAllBytes(rsa);
        byte[] truncated = Arrays.copyOf(pem, pem.length / 2);
        assertThatThrownBy(() -> PrivateKeyParser.parse(truncated, null)).isInstanceOf(KeyFormatException.class)
                .hasMessageContaining("truncated").hasNoCause();
        Path pub = convert("pub.pem", "openssl", "pkey", "-pubout", "-in", ed25519.toString());
        assertThatThrownBy(() -> PrivateKeyParser.parse(Files.readAllBytes(pub), null)).hasMessageContaining("public key");
        Path ec = convert("ec.pem", "openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256");
        assertThatThrownBy(() -> PrivateKeyParser.parse(Files.readAllBytes(ec), null)).isInstanceOf(KeyFormatException.class)
                .hasMessageContaining("unsupported").hasMessageContaining("Ed25519");
        assertThatThrownBy(() -> PrivateKeyParser.parse("/home/me/key.pem".getBytes(java.nio.charset.StandardCharsets.US_ASCII), null))
                .isInstanceOf(KeyFormatException.class).hasMessageContaining("not a recognised private key");
        String body = new String(pem, java.nio.charset.StandardCharsets.US_ASCII).split("\n")[1];
        assertThatThrownBy(() -> PrivateKeyParser.parse(truncated, null)).message().doesNotContain(body.substring(0, 20));
    }

    @Test
    void nonAsciiPassphrasesDecryptPkcs8WithEveryKdfOpenSslWrites() throws Exception {
        String pass = "pässwörd-€";
        Path sha256 = convert("ed-sha256-utf8.pem", "openssl", "pkcs8", "-topk8", "-v2", "aes-256-cbc", "-in", ed25519.toString(), "-passout", "pass:" + pass);
        Path sha1 = convert("ed-sha1-utf8.pem", "openssl", "pkcs8", "-topk8", "-v2", "aes-256-cbc", "-v2prf", "hmacWithSHA1", "-in", ed25519.toString(),
                "-passout", "pass:" + pass);
        Path pkcs12 = convert("ed-p12-utf8.pem", "openssl", "pkcs8", "-topk8", "-v1", "PBE-SHA1-3DES", "-in", ed25519.toString(), "-passout", "pass:" + pass);
        Path pbes1 = convert("ed-pbes1-utf8.pem", "openssl", "pkcs8", "-topk8", "-v1", "PBE-MD5-DES", "-provider", "legacy", "-provider", "default",
                "-in", ed25519.toString(), "-passout", "pass:" + pass);
        for (Path file : new Path[] {sha256, sha1, pkcs12, pbes1}) {
            assertParsesTo(file, pass.toCharArray(), ed25519, SigningAlgorithm.ED25519);
        }
    }

    @Test
    void nonAsciiPassphrasesDecryptScryptAndOpenSshKeys() throws Exception {
        Tools.require("ssh-keygen");
        String pass = "pässwörd-€-\uD83D\uDD11";
        Path scrypt = convert("ed-scrypt-utf8.pem", "openssl", "pkcs8", "-topk8", "-scrypt", "-in", ed25519.toString(), "-passout", "pass:" + pass);
        assertParsesTo(scrypt, pass.toCharArray(), ed25519, SigningAlgorithm.ED25519);
        Path ssh = dir.resolve("ssh-utf8");
        Tools.run("ssh-keygen", "-q", "-t", "ed25519", "-a", "1", "-N", pass, "-f", ssh.toString());
        try (SigningKey parsed = PrivateKeyParser.parse(Files.readAllBytes(ssh), pass.toCharArray())) {
            assertThat(parsed.algorithm()).isEqualTo(SigningAlgorithm.ED25519);
        }
    }
}
