package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.internal.Fingerprints;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The key value types and the default methods of {@link Signer} and {@link Verifier}, exercised in core with an
 * HMAC signer on the JDK's own {@code Mac} (declared here, not registered as a service: core has no signer module).
 */
class KeyValuesTest {
    private static final byte[] SPKI = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00, 1, 2, 3};

    /** HMAC-SHA256 through javax.crypto.Mac: only the abstract methods, so the defaults are what is tested. */
    private static final class JdkHmac implements Signer, Verifier {
        private final byte[] key;

        JdkHmac(byte[] key) {
            this.key = key.clone();
        }

        @Override
        public SigningAlgorithm algorithm() {
            return SigningAlgorithm.HMAC_SHA256;
        }

        @Override
        public int signatureLength() {
            return 32;
        }

        @Override
        public int sign(byte[] message, int off, int len, byte[] out, int outOff) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                mac.update(message, off, len);
                mac.doFinal(out, outOff);
                return 32;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean verify(byte[] message, byte[] signature) {
            return MessageDigest.isEqual(sign(message), signature);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void signerDefaultsEncodeTheSignatureOfTheUtf8Bytes() {
        JdkHmac hmac = new JdkHmac("key".getBytes(StandardCharsets.US_ASCII));
        // computed independently: echo -n 'message' | openssl dgst -sha256 -hmac key
        String expected = "6e9ef29b75fffc5b7abae527d58fdadb2fe42e7219011976917343065f58ed4a";
        assertThat(hmac.signToString("message")).isEqualTo(expected);
        byte[] framed = "[message]".getBytes(StandardCharsets.US_ASCII);
        assertThat(hmac.signToString(framed, 1, 7)).isEqualTo(expected);
        assertThat(Hex.encode(hmac.sign("message".getBytes(StandardCharsets.US_ASCII)))).isEqualTo(expected);
    }

    @Test
    void verifierDefaultDecodesTheWireFormAndRefusesMalformedSignatures() {
        JdkHmac hmac = new JdkHmac("key".getBytes(StandardCharsets.US_ASCII));
        String good = hmac.signToString("message");
        assertThat(hmac.verify("message", good)).isTrue();
        assertThat(hmac.verify("massage", good)).isFalse();
        assertThat(hmac.verify("message", "zz")).isFalse();
    }

    @Test
    void aSharedSecretVerificationKeyIsTheSecretItself() {
        Secret secret = InsecureSecretAccess.secretFromString("shared-secret-value");
        SigningKey key = SigningKey.hmacSha256(secret);
        VerificationKey verification = key.verificationKey();
        assertThat(verification.algorithm()).isEqualTo(SigningAlgorithm.HMAC_SHA256);
        assertThat(verification.sharedSecret()).containsSame(secret);
        assertThat(verification.publicKeySpki()).isEmpty();
        assertThat(verification.fingerprint()).isEqualTo(secret.fingerprint()).isEqualTo(key.fingerprint());
        assertThat(verification.toString()).isEqualTo("VerificationKey[HMAC_SHA256 " + secret.fingerprint() + "]");
        assertThat(key.toString()).isEqualTo("SigningKey[HMAC_SHA256 " + secret.fingerprint() + "]");
        assertThat(key.publicKeySpki()).isEmpty();
    }

    @Test
    void aPublicVerificationKeyIsFingerprintedByItsSpki() {
        SigningKey key = SigningKey.privateKey(SigningAlgorithm.ED25519, InsecureSecretAccess.secretFromBytes(new byte[48]), SPKI);
        String fingerprint = Fingerprints.shortForm(Fingerprints.sha256(SPKI));
        VerificationKey verification = key.verificationKey();
        assertThat(verification.algorithm()).isEqualTo(SigningAlgorithm.ED25519);
        assertThat(verification.sharedSecret()).isEmpty();
        assertThat(verification.publicKeySpki()).hasValueSatisfying(spki -> assertThat(spki).containsExactly(SPKI));
        assertThat(key.publicKeySpki()).hasValueSatisfying(spki -> assertThat(spki).containsExactly(SPKI));
        assertThat(verification.fingerprint()).isEqualTo(fingerprint).isEqualTo(key.fingerprint());
        assertThat(verification.toString()).isEqualTo("VerificationKey[ED25519 " + fingerprint + "]");
        assertThatThrownBy(() -> VerificationKey.publicKey(SigningAlgorithm.HMAC_SHA256, SPKI))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sharedSecret");
    }

    @Test
    void closingASigningKeyWipesItsMaterial() {
        Secret secret = InsecureSecretAccess.secretFromString("to-close");
        SigningKey.hmacSha256(secret).close();
        assertThat(secret.isClosed()).isTrue();
    }

    @Test
    void algorithmsAreNamedOnTheCommandLineByTheirCliNames() {
        for (SigningAlgorithm algorithm : SigningAlgorithm.values()) {
            assertThat(SigningAlgorithm.fromCliName(algorithm.cliName().toUpperCase(java.util.Locale.ROOT))).isSameAs(algorithm);
        }
        assertThat(SigningAlgorithm.HMAC_SHA256.cliName()).isEqualTo("hmac-sha256");
        assertThatThrownBy(() -> SigningAlgorithm.fromCliName("dsa")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hmac-sha256, ed25519 or rsa");
    }
}
