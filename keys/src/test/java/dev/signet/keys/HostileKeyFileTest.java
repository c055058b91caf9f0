package dev.signet.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        PBKDF2Params pbkdf2 = new PBKDF2Params(new byte[16], Integer.MAX_VALUE, 32,
                new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256));
        byte[] der = encrypted(new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, pbkdf2));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> PrivateKeyParser.parse(der, PASS))
                .isInstanceOf(KeyFormatException.class).hasMessageContaining("PBKDF2 iterations"));
    }

    @Test
    void bcryptRoundsOutsideTheLimitAreRefused() throws Exception {
        assumeTrue(Tools.has("ssh-keygen"), "ssh-keygen not installed");
        Path key = dir.resolve("ssh");
        Tools.run("ssh-keygen", "-q", "-t", "ed25519", "-a", "16", "-N", new String(PASS), "-f", key.toString());
        for (int rounds : new int[] {Integer.MAX_VALUE, 0, -1}) {
            byte[] patched = withBcryptRounds(Files.readString(key), rounds);
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> PrivateKeyParser.parse(patched, PASS))
                    .isInstanceOf(KeyFormatException.class).hasMessageContaining("bcrypt rounds"));
        }
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

    /** The OpenSSH PEM with its kdfoptions' rounds (after "bcrypt", the options' length, the salt) replaced. */
    private static byte[] withBcryptRounds(String pem, int rounds) {
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        byte[] blob = Base64.getDecoder().decode(body);
        int kdfName = indexOf(blob, "bcrypt".getBytes(StandardCharsets.US_ASCII));
        int saltLength = kdfName + 6 + 4;
        int salt = (blob[saltLength] & 0xff) << 24 | (blob[saltLength + 1] & 0xff) << 16 | (blob[saltLength + 2] & 0xff) << 8
                | blob[saltLength + 3] & 0xff;
        int at = saltLength + 4 + salt;
        for (int i = 0; i < 4; i++) {
            blob[at + i] = (byte) (rounds >>> (24 - 8 * i));
        }
        return ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(blob) // signet:allow built in the test
                + "\n-----END OPENSSH PRIVATE KEY-----\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("no bcrypt kdf in the key");
    }
}
