package dev.signet.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.Test;

/** New keys are random, of the algorithm and size asked for, and only of the sizes Signet allows. */
class SigningKeyGeneratorTest {
    private static int rsaBits(SigningKey key) throws Exception {
        SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(key.publicKeySpki().orElseThrow());
        return RSAPublicKey.getInstance(spki.parsePublicKey()).getModulus().bitLength();
    }

    @Test
    void eachEd25519KeyIsNew() {
        try (SigningKey first = SigningKeyGenerator.ed25519(); SigningKey second = SigningKeyGenerator.ed25519()) {
            assertThat(first.algorithm()).isEqualTo(SigningAlgorithm.ED25519);
            assertThat(first.fingerprint()).isNotEqualTo(second.fingerprint());
            assertThat(PrivateKeyParser.parse(InsecureSecretAccess.copyBytes(first.material()), null).fingerprint())
                    .as("the key material and the public key belong together").isEqualTo(first.fingerprint());
        }
    }

    @Test
    void generateMakesTheAlgorithmAndSizeAskedFor() throws Exception {
        try (SigningKey ed = SigningKeyGenerator.generate(SigningAlgorithm.ED25519, 0);
                SigningKey rsa = SigningKeyGenerator.generate(SigningAlgorithm.RSA_PKCS1_SHA256, 3072)) {
            assertThat(ed.algorithm()).isEqualTo(SigningAlgorithm.ED25519);
            assertThat(rsa.algorithm()).isEqualTo(SigningAlgorithm.RSA_PKCS1_SHA256);
            assertThat(rsaBits(rsa)).as("not the platform's default size").isEqualTo(3072);
        }
    }

    @Test
    void hmacHasNoKeyPairToGenerate() {
        assertThatThrownBy(() -> SigningKeyGenerator.generate(SigningAlgorithm.HMAC_SHA256, 2048)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HMAC_SHA256 has no key pair; HMAC secrets come from the exchange");
    }

    @Test
    void onlyRsaSizesSignetAllowsAreGenerated() {
        for (int bits : new int[] {1024, 2047, 2049, 8192}) {
            assertThatThrownBy(() -> SigningKeyGenerator.rsa(bits)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("RSA keys must be 2048, 3072 or 4096 bits, not " + bits);
        }
    }
}
