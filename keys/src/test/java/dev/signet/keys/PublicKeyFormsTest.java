package dev.signet.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyFormatException;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import dev.signet.core.VerificationKey;
import dev.signet.spi.PrivateKeyDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.ServiceLoader;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public-key forms other tests do not reach (DER SPKI, PKCS#1 {@code RSA PUBLIC KEY}), exporting a key that has no
 * public half, and the decoder core's credential providers find through {@link ServiceLoader}.
 */
class PublicKeyFormsTest {
    static SigningKey rsa;
    static SigningKey ed25519;

    @BeforeAll
    static void keys() {
        rsa = SigningKeyGenerator.rsa(2048);
        ed25519 = SigningKeyGenerator.ed25519();
    }

    @AfterAll
    static void close() {
        rsa.close();
        ed25519.close();
    }

    private static byte[] pem(String label, byte[] der) {
        return ("-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + label + "-----\n") // signet:allow built in the test
                .getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aDerSubjectPublicKeyInfoIsReadAsTheSameKey() {
        for (SigningKey key : new SigningKey[] {ed25519, rsa}) {
            byte[] spki = key.publicKeySpki().orElseThrow();
            VerificationKey parsed = PublicKeyParser.parse(spki);
            assertThat(parsed.algorithm()).isEqualTo(key.algorithm());
            assertThat(parsed.publicKeySpki().orElseThrow()).isEqualTo(spki);
        }
    }

    @Test
    void aPkcs1RsaPublicKeyPemIsReadAsTheSameKeyInSpki() throws Exception {
        byte[] spki = rsa.publicKeySpki().orElseThrow();
        RSAPublicKey pkcs1 = RSAPublicKey.getInstance(SubjectPublicKeyInfo.getInstance(spki).parsePublicKey());
        VerificationKey parsed = PublicKeyParser.parse(pem("RSA PUBLIC KEY", pkcs1.getEncoded()));
        assertThat(parsed.algorithm()).isEqualTo(SigningAlgorithm.RSA_PKCS1_SHA256);
        assertThat(parsed.publicKeySpki().orElseThrow()).isEqualTo(spki);
        assertThat(parsed.fingerprint()).isEqualTo(rsa.fingerprint());
    }

    @Test
    void aMalformedPkcs1RsaPublicKeyIsNamed() {
        assertThatThrownBy(() -> PublicKeyParser.parse(pem("RSA PUBLIC KEY", new byte[] {0x30, 0x03, 0x02, 0x01, 0x05})))
                .isInstanceOf(KeyFormatException.class).hasMessage("PEM PKCS#1 public key: malformed or truncated");
    }

    @Test
    void aSharedSecretHasNoPublicKeyToExport() {
        VerificationKey hmac = VerificationKey.sharedSecret(InsecureSecretAccess.secretFromString("shared"));
        assertThatThrownBy(() -> PublicKeyExport.pem(hmac)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(SigningAlgorithm.HMAC_SHA256 + " keys have no public key to export");
    }

    @Test
    void theServiceLoadedDecoderReadsAKeyFileAndRefusesAPassphraseForAnUnencryptedOne() {
        PrivateKeyDecoder decoder = ServiceLoader.load(PrivateKeyDecoder.class).findFirst().orElseThrow();
        byte[] pkcs8 = InsecureSecretAccess.copyBytes(ed25519.material());
        try (SigningKey decoded = decoder.decode(pem("PRIVATE KEY", pkcs8), null)) {
            assertThat(decoded.fingerprint()).isEqualTo(ed25519.fingerprint());
        }
        assertThatThrownBy(() -> decoder.decode(pkcs8, "passphrase".toCharArray())).isInstanceOf(KeyFormatException.class)
                .hasMessageContaining("is not encrypted, but a passphrase was given");
    }
}
