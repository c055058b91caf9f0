package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Core alone has no signer modules: every algorithm names the module that serves it, none falls back to another. */
class SignersTest {
    @Test
    void aMissingSignerModuleIsNamedForItsOwnAlgorithm() {
        Map<SigningAlgorithm, String> modules = Map.of(SigningAlgorithm.HMAC_SHA256, "signet-signing-hmac",
                SigningAlgorithm.ED25519, "signet-signing-ed25519", SigningAlgorithm.RSA_PKCS1_SHA256, "signet-signing-rsa");
        assertThat(modules).containsOnlyKeys(SigningAlgorithm.values());
        modules.forEach((algorithm, module) -> {
            assertThat(Signers.isAvailable(algorithm)).isFalse();
            SigningKey key = algorithm.isSymmetric() ? SigningKey.hmacSha256(InsecureSecretAccess.secretFromBytes(new byte[32]))
                    : SigningKey.privateKey(algorithm, InsecureSecretAccess.secretFromBytes(new byte[48]), new byte[44]);
            assertThatThrownBy(() -> Signers.forKey(key)).isInstanceOf(SignetException.class)
                    .hasMessageContaining("dev.signet:" + module).hasMessageContaining(algorithm.name());
        });
    }
}
