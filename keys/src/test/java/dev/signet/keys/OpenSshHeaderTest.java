package dev.signet.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.signet.core.KeyFormatException;
import dev.signet.core.SigningAlgorithm;
import dev.signet.testing.Tools;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unencrypted header of an OpenSSH key file, which Signet reads before BouncyCastle: the magic, a KDF where
 * there should be none, malformed bcrypt options, a missing passphrase, and errors that say whether the file was
 * encrypted.
 */
class OpenSshHeaderTest {
    private static final String PASS = "correct horse battery";
    private static final byte[] MAGIC = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);
    @TempDir
    static Path dir;
    static byte[] plain;
    static byte[] encrypted;

    @BeforeAll
    static void keys() throws Exception {
        Tools.require("ssh-keygen");
        plain = sshKeygen("plain", "ed25519", "");
        encrypted = sshKeygen("encrypted", "ed25519", PASS);
    }

    /** The blob of a fresh ssh-keygen key (one bcrypt round when encrypted: these tests are about the header). */
    private static byte[] sshKeygen(String name, String type, String passphrase) throws Exception {
        Path key = dir.resolve(name);
        Tools.run("ssh-keygen", "-q", "-t", type, "-a", "1", "-N", passphrase, "-f", key.toString());
        return OpenSshFiles.blob(Files.readAllBytes(key));
    }

    private static byte[] kdfOptions(byte[] salt, int rounds, byte... trailing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] u32 = new byte[4];
        OpenSshFiles.putU32(u32, 0, salt.length);
        out.writeBytes(u32);
        out.writeBytes(salt);
        OpenSshFiles.putU32(u32, 0, rounds);
        out.writeBytes(u32);
        out.writeBytes(trailing);
        return out.toByteArray();
    }

    private static String failure(byte[] blob, String passphrase) {
        char[] pass = passphrase == null ? null : passphrase.toCharArray();
        return catchThrowableOfType(KeyFormatException.class, () -> PrivateKeyParser.parse(OpenSshFiles.pem(blob), pass)).getMessage();
    }

    @Test
    void aBlobShorterThanTheMagicOrWithAnotherOneIsNotAnOpenSshKey() {
        byte[] otherMagic = MAGIC.clone();
        otherMagic[13] = '2';
        for (byte[] blob : new byte[][] {Arrays.copyOf(MAGIC, MAGIC.length - 1), otherMagic, new byte[0]}) {
            assertThat(failure(blob, null)).isEqualTo("OpenSSH private key: missing the openssh-key-v1 header; the file is corrupt");
        }
    }

    @Test
    void theMagicAloneIsATruncatedFile() {
        assertThat(failure(MAGIC, null))
                .isEqualTo("OpenSSH private key: malformed or truncated (a length field points past the end of the data)");
    }

    @Test
    void anUnencryptedKeyWithKdfOptionsIsCorrupt() {
        byte[] blob = OpenSshFiles.withHeaderString(plain, 2, new byte[] {0, 0, 0, 0});
        assertThat(failure(blob, null)).isEqualTo("OpenSSH private key: unencrypted, yet it names a key derivation; the file is corrupt");
    }

    @Test
    void bcryptOptionsWithoutASaltOrWithBytesAfterTheRoundsAreCorrupt() {
        byte[] salt = new byte[16];
        assertThat(PrivateKeyParser.parse(OpenSshFiles.pem(encrypted), PASS.toCharArray()).algorithm())
                .as("the untouched file reads").isEqualTo(SigningAlgorithm.ED25519);
        for (byte[] options : new byte[][] {kdfOptions(new byte[0], 1), kdfOptions(salt, 1, (byte) 0)}) {
            assertThat(failure(OpenSshFiles.withHeaderString(encrypted, 2, options), PASS))
                    .isEqualTo("encrypted OpenSSH private key: the bcrypt options are malformed; the file is corrupt");
        }
    }

    @Test
    void anEncryptedKeyNeedsANonEmptyPassphrase() {
        for (String passphrase : new String[] {null, ""}) {
            assertThat(failure(encrypted, passphrase)).isEqualTo("encrypted OpenSSH private key: the key is encrypted; give its "
                    + "passphrase (P_PRIVATE_KEY_PASSPHRASE, or --passphrase-env NAME on the command line)");
        }
    }

    @Test
    void anUnsupportedKeyTypeIsNamedAndSoIsWhetherTheFileWasEncrypted() throws Exception {
        assertThat(failure(sshKeygen("ecdsa", "ecdsa", ""), null)).startsWith("OpenSSH private key: unsupported key algorithm EC;");
        assertThat(failure(sshKeygen("ecdsa-encrypted", "ecdsa", PASS), PASS))
                .startsWith("encrypted OpenSSH private key: unsupported key algorithm EC;");
    }
}
