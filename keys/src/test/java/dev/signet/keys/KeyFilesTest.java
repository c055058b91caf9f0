package dev.signet.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.Hex;
import dev.signet.core.InsecureFilePermissionsException;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Arrays;
import dev.signet.testing.Tools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFilesTest {
    @Test
    void generatedEd25519PairIsReadableByOpenSslWithMatchingFingerprint(@TempDir Path dir) throws Exception {
        Tools.require("openssl");
        SigningKey key = SigningKeyGenerator.ed25519();
        KeyFiles.writeKeyPair(key, dir.resolve("k"), null);
        Path priv = dir.resolve("k/private.pem");
        Path pub = dir.resolve("k/public.pem");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(priv))).isEqualTo("rw-------");
        byte[] spkiFromOpenSsl = Tools.run("openssl", "pkey", "-pubin", "-in", pub.toString(), "-outform", "DER");
        String fingerprint = "sha256:" + Hex.encode(MessageDigest.getInstance("SHA-256").digest(spkiFromOpenSsl), 0, 4);
        assertThat(key.fingerprint()).isEqualTo(fingerprint);
        assertThat(Tools.run("openssl", "pkey", "-in", priv.toString(), "-pubout", "-outform", "DER")).isEqualTo(spkiFromOpenSsl);
        assertThat(PrivateKeyParser.parse(Files.readAllBytes(priv), null).fingerprint()).isEqualTo(fingerprint);
        assertThat(PublicKeyParser.parse(Files.readAllBytes(pub)).fingerprint()).isEqualTo(fingerprint);
    }

    @Test
    void passphraseProtectedKeyUsesPbes2AndOpenSslDecryptsIt(@TempDir Path dir) throws Exception {
        Tools.require("openssl");
        SigningKey key = SigningKeyGenerator.ed25519();
        KeyFiles.writeKeyPair(key, dir, "s3cret-pass".toCharArray());
        Path priv = dir.resolve(KeyFiles.PRIVATE_PEM);
        assertThat(Files.readString(priv)).contains("BEGIN ENCRYPTED PRIVATE KEY");
        String asn1 = Tools.text("openssl", "asn1parse", "-in", priv.toString());
        assertThat(asn1).contains("PBES2", "PBKDF2", "aes-256-cbc", "hmacWithSHA256");
        byte[] decrypted = Tools.run("openssl", "pkey", "-in", priv.toString(), "-passin", "pass:s3cret-pass", "-pubout", "-outform", "DER");
        assertThat(Arrays.equals(decrypted, key.publicKeySpki().orElseThrow())).isTrue();
        assertThat(PrivateKeyParser.parse(Files.readAllBytes(priv), "s3cret-pass".toCharArray()).fingerprint()).isEqualTo(key.fingerprint());
    }

    @Test
    void refusesToOverwriteAnExistingKey(@TempDir Path dir) throws Exception {
        KeyFiles.writeKeyPair(SigningKeyGenerator.ed25519(), dir, null);
        byte[] before = Files.readAllBytes(dir.resolve(KeyFiles.PRIVATE_PEM));
        assertThatThrownBy(() -> KeyFiles.writeKeyPair(SigningKeyGenerator.ed25519(), dir, null)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readAllBytes(dir.resolve(KeyFiles.PRIVATE_PEM))).isEqualTo(before);
    }

    @Test
    void refusesAFolderOthersMayWriteOrOwn(@TempDir Path dir) throws Exception {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(() -> KeyFiles.writeKeyPair(SigningKeyGenerator.ed25519(), shared, null))
                .isInstanceOf(InsecureFilePermissionsException.class);
        assertThat(shared.resolve(KeyFiles.PUBLIC_PEM)).as("nothing another user could swap before it is registered").doesNotExist();
        assertThat(shared.resolve(KeyFiles.PRIVATE_PEM)).doesNotExist();
    }

    @Test
    void rsaSizesAreLimitedTo2048To4096() {
        SigningKey key = SigningKeyGenerator.rsa(2048);
        assertThat(key.algorithm()).isEqualTo(SigningAlgorithm.RSA_PKCS1_SHA256);
        assertThat(PublicKeyExport.pem(key)).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThatThrownBy(() -> SigningKeyGenerator.rsa(1024)).hasMessageContaining("2048, 3072 or 4096");
    }

    @Test
    void toStringShowsOnlyTheFingerprint() {
        SigningKey key = SigningKeyGenerator.ed25519();
        assertThat(key.toString()).isEqualTo("SigningKey[ED25519 " + key.fingerprint() + "]");
    }
}
