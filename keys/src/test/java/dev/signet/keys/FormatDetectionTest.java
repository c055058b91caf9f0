package dev.signet.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyFormatException;
import dev.signet.core.SigningKey;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OutputEncryptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How {@link PrivateKeyParser} tells formats apart, and what it answers for each thing that is not a private key it reads. */
class FormatDetectionTest {
    private static final char[] PASS = "correct horse battery".toCharArray();

    private static byte[] pem(String label, byte[] der) {
        return ("-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + label + "-----\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ssh-", "ssh-ed25519 AAAA me@host\n",
        " \n\tssh-rsa AAAA"})
    void anOpenSshPublicKeyLineIsNamedAsAPublicKey(String line) {
        assertThatThrownBy(() -> PrivateKeyParser.parse(ascii(line), null)).isInstanceOf(KeyFormatException.class)
                .hasMessage("OpenSSH public key line: this is a public key; give the private key file (the public one is what you "
                        + "register with the exchange)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ssh", " ssh", "\n", "sshx-ed25519"})
    void anythingElseThatIsNeitherPemNorDerIsNotRecognised(String content) {
        assertThatThrownBy(() -> PrivateKeyParser.parse(ascii(content), null)).isInstanceOf(KeyFormatException.class)
                .hasMessageStartingWith("not a recognised private key: expected a PEM block (-----BEGIN ... PRIVATE KEY-----) or DER; got "
                        + content.length() + " bytes of something else");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUBLIC KEY", "RSA PUBLIC KEY", "CERTIFICATE"})
    void aPemPublicKeyOrCertificateIsNamedAsAPublicKey(String label) {
        assertThatThrownBy(() -> PrivateKeyParser.parse(pem(label, new byte[] {0x30, 0}), null)).isInstanceOf(KeyFormatException.class)
                .hasMessageStartingWith("PEM " + label + ": this is a public key; give the private key file");
    }

    @Test
    void aDerPublicKeyIsNamedAsAPublicKey() {
        try (SigningKey key = SigningKeyGenerator.ed25519()) {
            assertThatThrownBy(() -> PrivateKeyParser.parse(key.publicKeySpki().orElseThrow(), null)).isInstanceOf(KeyFormatException.class)
                    .hasMessageStartingWith("DER SubjectPublicKeyInfo: this is a public key");
        }
    }

    @Test
    void anotherPemPrivateKeyIsNamedByItsAlgorithm() {
        assertThatThrownBy(() -> PrivateKeyParser.parse(pem("EC PRIVATE KEY", new byte[] {0x30, 0}), null))
                .isInstanceOf(KeyFormatException.class).hasMessageStartingWith("PEM EC PRIVATE KEY: unsupported key algorithm EC;");
    }

    @Test
    void garbageInsideAKnownContainerNamesTheContainer() {
        byte[] garbage = {0x30, 0x03, 0x02, 0x01, 0x05};
        assertThatThrownBy(() -> PrivateKeyParser.parse(pem("PRIVATE KEY", garbage), null)).isInstanceOf(KeyFormatException.class)
                .hasMessage("PEM PKCS#8: the structure is malformed or truncated");
        assertThatThrownBy(() -> PrivateKeyParser.parse(garbage, null)).isInstanceOf(KeyFormatException.class)
                .hasMessage("DER: not a PKCS#8 or PKCS#1 private key, or truncated");
    }

    @Test
    void encryptedDerPkcs8IsDecryptedWithinTheDefaultLimits() throws Exception {
        try (SigningKey key = SigningKeyGenerator.ed25519()) {
            PrivateKeyInfo info = PrivateKeyInfo.getInstance(InsecureSecretAccess.copyBytes(key.material()));
            OutputEncryptor cheap = new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC).setPRF(PKCS8Generator.PRF_HMACSHA256)
                    .setIterationCount(1_000).setProvider(new BouncyCastleProvider()).setPassword(PASS).build();
            byte[] der = new PKCS8Generator(info, cheap).generate().getContent();
            assertThat(PrivateKeyParser.parse(der, PASS).fingerprint()).isEqualTo(key.fingerprint());
            assertThatThrownBy(() -> PrivateKeyParser.parse(der, "wrong".toCharArray())).isInstanceOf(KeyFormatException.class)
                    .hasMessage("encrypted PKCS#8: cannot decrypt: wrong passphrase, or the file is corrupt");
        }
    }
}
