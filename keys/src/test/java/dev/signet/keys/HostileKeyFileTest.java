package dev.signet.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.signet.core.KeyFormatException;
import dev.signet.testing.Tools;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Random;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.misc.MiscObjectIdentifiers;
import org.bouncycastle.asn1.misc.ScryptParams;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files built to hurt the parser: each must end in a {@link KeyFormatException} that quotes no key bytes, quickly. */
class HostileKeyFileTest {
    private static final char[] PASS = "correct horse battery".toCharArray();
    @TempDir
    Path dir;

    private static String base64Body() {
        byte[] body = new byte[48];
        new Random(5).nextBytes(body);
        return Base64.getEncoder().encodeToString(body);
    }

    @Test
    void aBeginLineMissingItsDashesIsRefusedWithoutQuotingTheBody() {
        String body = base64Body();
        for (String label : new String[] {"PRIVATE KEY", "PUBLIC KEY"}) {
            byte[] pem = ("-----BEGIN " + label + "----\n" + body + "\n-----END " + label + "-----\n").getBytes(StandardCharsets.US_ASCII);
            assertThatThrownBy(() -> PrivateKeyParser.parse(pem, null)).isInstanceOf(KeyFormatException.class)
                    .hasMessageContaining("BEGIN line is malformed").hasMessageNotContaining(body.substring(0, 12));
            assertThatThrownBy(() -> PublicKeyParser.parse(pem)).isInstanceOf(KeyFormatException.class)
                    .hasMessageContaining("BEGIN line is malformed").hasMessageNotContaining(body.substring(0, 12));
        }
    }

    @Test
    void deeplyNestedDerIsAMalformedKeyNotAStackOverflow() {
        byte[] der = nestedSequences(200_000);
        assertThatThrownBy(() -> PrivateKeyParser.parse(der, null)).isInstanceOf(KeyFormatException.class);
        assertThatThrownBy(() -> PublicKeyParser.parse(der)).isInstanceOf(KeyFormatException.class);
        byte[] pem = ("-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END PRIVATE KEY-----\n") // signet:allow built in the test
                .getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> PrivateKeyParser.parse(pem, null)).isInstanceOf(KeyFormatException.class);
    }

    @Test
    void scryptCostBeyondTheLimitIsRefusedBeforeAnythingIsDerived() {
        ASN1Encodable scrypt = new ScryptParams(new byte[16], 1 << 22, 8, 1, 32);
        byte[] der = encrypted(new KeyDerivationFunc(MiscObjectIdentifiers.id_scrypt, scrypt));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> PrivateKeyParser.parse(der, PASS))
                .isInstanceOf(KeyFormatException.class).hasMessageContaining("MiB"));
    }

    @Test
    void pbkdf2IterationsBeyondTheLimitAreRefusedBeforeAnythingIsDerived() {
        // the smallest refused count first: were the check gone, the derivation a timed-out assertion leaves running
        // (it cannot be interrupted) ends in seconds, not hours, and does not slow the tests after it
        for (int iterations : new int[] {10_000_001, Integer.MAX_VALUE}) {
            PBKDF2Params pbkdf2 = new PBKDF2Params(new byte[16], iterations, 32,
                    new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256));
            byte[] der = encrypted(new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, pbkdf2));
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> PrivateKeyParser.parse(der, PASS))
                    .isInstanceOf(KeyFormatException.class).hasMessageContaining(iterations + " PBKDF2 iterations is outside 1..10000000"));
        }
    }

    @Test
    void legacyPbes1IterationCountsOutsideTheLimitAreRefusedBeforeAnythingIsDerived() throws Exception {
        // the counts refused fastest first, as for PBES2 above
        for (int iterations : new int[] {0, -1, 10_000_001}) {
            AlgorithmIdentifier pbes1 = new AlgorithmIdentifier(PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC,
                    new PKCS12PBEParams(new byte[8], iterations));
            byte[] der = new EncryptedPrivateKeyInfo(pbes1, new byte[64]).getEncoded();
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> PrivateKeyParser.parse(der, PASS))
                    .isInstanceOf(KeyFormatException.class).hasMessageContaining(iterations + " PBKDF2 iterations is outside 1..10000000"));
        }
    }

    @Test
    void bcryptRoundsOutsideTheLimitAreRefused() throws Exception {
        Tools.require("ssh-keygen");
        Path key = dir.resolve("ssh");
        Tools.run("ssh-keygen", "-q", "-t", "ed25519", "-a", "16", "-N", new String(PASS), "-f", key.toString());
        // the smallest refused count first, as for PBKDF2 above
        for (int rounds : new int[] {1_001, 10_000, Integer.MAX_VALUE, 0, -1}) {
            byte[] patched = withBcryptRounds(Files.readString(key), rounds);
            assertTimeoutPreemptively(Duration.ofSeconds(5) /* 10,000 rounds once took ~87 s of CPU */, () -> assertThatThrownBy(() -> PrivateKeyParser.parse(patched, PASS))
                    .isInstanceOf(KeyFormatException.class).hasMessageContaining("bcrypt rounds"));
        }
    }

    @Test
    void everyOpenSshLengthFieldSetHugeIsRefusedBeforeAnythingIsAllocated() throws Exception {
        Tools.require("ssh-keygen");
        byte[] blob = sshKeygenEncryptedBlob("lengths");
        for (int at : OpenSshFiles.lengthFieldOffsets(blob)) {
            for (int length : new int[] {0x7fffffff, 0xffffffff, 0x80000000, blob.length}) {
                byte[] hostile = blob.clone();
                OpenSshFiles.putU32(hostile, at, length);
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> PrivateKeyParser.parse(OpenSshFiles.pem(hostile), PASS))
                        .as("length %08x at %d", length, at).isInstanceOf(KeyFormatException.class).hasMessageContaining("OpenSSH"));
            }
        }
    }

    @Test
    void aFewHundredByteOpenSshFileClaimingA2GiBStringIsRefused() {
        // magic, cipher "aes256-ctr", then a KDF name claiming 0x7fffffff bytes: the old parser allocated 2 GiB here
        byte[] blob = new byte[196];
        byte[] head = "openssh-key-v1\0\0\0\0\naes256-ctr\u007f\u00ff\u00ff\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, blob, 0, head.length);
        byte[] pem = OpenSshFiles.pem(blob);
        assertThatThrownBy(() -> PrivateKeyParser.parse(pem, PASS)).isInstanceOf(KeyFormatException.class)
                .hasMessageContaining("malformed or truncated");
    }

    @Test
    void namesQuotedFromAnOpenSshKeyAreEscapedAndCut() throws Exception {
        Tools.require("ssh-keygen");
        byte[] blob = sshKeygenEncryptedBlob("names");
        byte[] kdf = "bcrypt\n2026-12-02 INFO login ok\u001b[2J".getBytes(StandardCharsets.ISO_8859_1);
        byte[] forgedKdf = OpenSshFiles.pem(OpenSshFiles.withHeaderString(blob, 1, kdf));
        assertThatThrownBy(() -> PrivateKeyParser.parse(forgedKdf, PASS)).isInstanceOf(KeyFormatException.class)
                .hasMessageContaining("unsupported key derivation 'bcrypt\\x0a2026-12-02 INFO login ok\\x1b[2J'")
                .satisfies(e -> assertPrintable(e.getMessage()));
        byte[] cipher = ("aes256-ctr\r\n\u00e9" + "A".repeat(5000)).getBytes(StandardCharsets.ISO_8859_1);
        byte[] forgedCipher = OpenSshFiles.pem(OpenSshFiles.withHeaderString(blob, 0, cipher));
        assertThatThrownBy(() -> PrivateKeyParser.parse(forgedCipher, PASS)).isInstanceOf(KeyFormatException.class)
                .hasMessageContaining("unsupported cipher 'aes256-ctr\\x0d\\x0a\\xe9AAAA")
                .hasMessageContaining("(4973 more characters)")
                .satisfies(e -> assertPrintable(e.getMessage()))
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    }

    @Test
    void anOpenSshFileWhosePublicKeyIsAnotherKeysIsRefused() throws Exception {
        Tools.require("ssh-keygen");
        Path mine = dir.resolve("mine");
        Path other = dir.resolve("other");
        Tools.run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", mine.toString());
        Tools.run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", other.toString());
        byte[] otherBlob = OpenSshFiles.blob(Files.readAllBytes(other));
        int at = OpenSshFiles.lengthFieldOffsets(otherBlob)[4];
        byte[] otherPublic = java.util.Arrays.copyOfRange(otherBlob, at + 4, at + 4 + OpenSshFiles.u32(otherBlob, at));
        byte[] edited = OpenSshFiles.withHeaderString(OpenSshFiles.blob(Files.readAllBytes(mine)), 4, otherPublic);
        assertThatThrownBy(() -> PrivateKeyParser.parse(OpenSshFiles.pem(edited), null)).isInstanceOf(KeyFormatException.class)
                .hasMessageContaining("not the one its private key derives");
        assertThat(PrivateKeyParser.parse(Files.readAllBytes(mine), null).algorithm()).as("the untouched file still reads")
                .isEqualTo(dev.signet.core.SigningAlgorithm.ED25519);
    }

    @Test
    void anOpenSshFileWithTwoKeysOrAnUnencryptedKeyNamingAKdfIsRefusedByName() throws Exception {
        Tools.require("ssh-keygen");
        Path key = dir.resolve("plain");
        Tools.run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString());
        byte[] blob = OpenSshFiles.blob(Files.readAllBytes(key));
        byte[] twoKeys = blob.clone();
        OpenSshFiles.putU32(twoKeys, OpenSshFiles.lengthFieldOffsets(blob)[4] - 4, 2);
        assertThatThrownBy(() -> PrivateKeyParser.parse(OpenSshFiles.pem(twoKeys), null)).isInstanceOf(KeyFormatException.class)
                .hasMessageContaining("holds 2 keys; Signet reads files with exactly one");
        byte[] namesKdf = OpenSshFiles.withHeaderString(blob, 1, "bcrypt".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> PrivateKeyParser.parse(OpenSshFiles.pem(namesKdf), null)).isInstanceOf(KeyFormatException.class)
                .hasMessageContaining("unencrypted, yet it names a key derivation");
    }

    @Test
    void aDekInfoCipherNameIsEscapedInTheMessage() {
        String dekInfo = "DEK-Info: AES-256-CBC\u001b]0;owned\u0007,00112233445566778899AABBCCDDEEFF";
        byte[] pem = ("-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n" + dekInfo + "\n\n" + base64Body() // signet:allow built in the test
                + "\n-----END RSA PRIVATE KEY-----\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> PrivateKeyParser.parse(pem, PASS)).isInstanceOf(KeyFormatException.class)
                .hasMessageContaining("'AES-256-CBC\\x1b]0;owned\\x07'")
                .satisfies(e -> assertPrintable(e.getMessage()));
    }

    /** An EncryptedPrivateKeyInfo for PBES2 with {@code kdf} and AES-256-CBC over garbage. */
    private static byte[] encrypted(KeyDerivationFunc kdf) {
        EncryptionScheme aes = new EncryptionScheme(NISTObjectIdentifiers.id_aes256_CBC, new DEROctetString(new byte[16]));
        AlgorithmIdentifier pbes2 = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, new PBES2Parameters(kdf, aes));
        try {
            return new EncryptedPrivateKeyInfo(pbes2, new byte[64]).getEncoded();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code depth} SEQUENCEs, each holding the next, built from the inside out. */
    private static byte[] nestedSequences(int depth) {
        byte[] der = {0x30, 0x00};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int length = 2;
        byte[][] headers = new byte[depth][];
        for (int i = 0; i < depth; i++) {
            headers[i] = header(length);
            length += headers[i].length;
        }
        for (int i = depth - 1; i >= 0; i--) {
            out.writeBytes(headers[i]);
        }
        out.writeBytes(der);
        return out.toByteArray();
    }

    private static byte[] header(int contentLength) {
        if (contentLength < 0x80) {
            return new byte[] {0x30, (byte) contentLength};
        }
        int bytes = (32 - Integer.numberOfLeadingZeros(contentLength) + 7) / 8;
        byte[] h = new byte[2 + bytes];
        h[0] = 0x30;
        h[1] = (byte) (0x80 | bytes);
        for (int i = 0; i < bytes; i++) {
            h[2 + i] = (byte) (contentLength >>> (8 * (bytes - 1 - i)));
        }
        return h;
    }

    /** The OpenSSH PEM with its kdfoptions' rounds (after the salt) replaced. */
    private static byte[] withBcryptRounds(String pem, int rounds) {
        byte[] blob = OpenSshFiles.blob(pem.getBytes(StandardCharsets.US_ASCII));
        int salt = OpenSshFiles.lengthFieldOffsets(blob)[3];
        OpenSshFiles.putU32(blob, salt + 4 + OpenSshFiles.u32(blob, salt), rounds);
        return OpenSshFiles.pem(blob);
    }

    /** A fresh passphrase-protected Ed25519 key from ssh-keygen (one bcrypt round: these tests are about parsing). */
    private byte[] sshKeygenEncryptedBlob(String name) throws Exception {
        Path key = dir.resolve(name);
        Tools.run("ssh-keygen", "-q", "-t", "ed25519", "-a", "1", "-N", new String(PASS), "-f", key.toString());
        return OpenSshFiles.blob(Files.readAllBytes(key));
    }

    /** Printable ASCII only: no newline, ESC or other byte that could forge a log line or drive a terminal. */
    private static void assertPrintable(String message) {
        assertThat(message.chars().allMatch(c -> c >= 0x20 && c < 0x7f)).as("printable ASCII: %s", message.replaceAll("[^ -~]", "?")).isTrue();
    }
}
