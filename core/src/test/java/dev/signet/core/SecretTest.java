package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretTest {
    @Test
    void toStringShowsOnlyAShortFingerprint() {
        Secret secret = InsecureSecretAccess.secretFromString("pa55w0rd-canary-value");
        assertThat(secret.toString()).matches("Secret\\[sha256:[0-9a-f]{8}]").doesNotContain("canary");
        assertThat(secret.fingerprint()).isEqualTo("sha256:" + Hex.encode(dev.signet.core.internal.Fingerprints.sha256(
                "pa55w0rd-canary-value".getBytes(StandardCharsets.UTF_8)), 0, 4));
    }

    @Test
    void closeWipesAndLaterReadsFailClearly() {
        Secret secret = InsecureSecretAccess.secretFromString("to-be-wiped");
        secret.close();
        assertThat(secret.isClosed()).isTrue();
        assertThatThrownBy(() -> InsecureSecretAccess.copyBytes(secret)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed").hasMessageContaining(secret.fingerprint());
        secret.close();
    }

    @Test
    void equalityComparesDigestsNotIdentity() {
        Secret a = InsecureSecretAccess.secretFromString("same");
        Secret b = InsecureSecretAccess.secretFromBytes("same".getBytes(StandardCharsets.UTF_8));
        assertThat(a.equals(b)).isTrue();
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
        assertThat(a.equals(InsecureSecretAccess.secretFromString("other"))).isFalse();
    }

    @Test
    void copiesAreIndependentOfTheCallersArray() {
        byte[] mine = {1, 2, 3};
        Secret secret = InsecureSecretAccess.secretFromBytes(mine);
        mine[0] = 9;
        assertThat(InsecureSecretAccess.copyBytes(secret)).containsExactly(1, 2, 3);
    }

    @Test
    void apiKeyPrintsFirstAndLastFour() {
        String example = dev.signet.testing.TestVectorsFromShared.exchangeExampleApiKey();
        ApiKey key = ApiKey.of(example);
        assertThat(key.toString()).isEqualTo(example.substring(0, 4) + "…" + example.substring(example.length() - 4)).hasSize(9);
        assertThat(ApiKey.of("short").toString()).isEqualTo("…");
        assertThatThrownBy(() -> ApiKey.of("has space")).isInstanceOf(IllegalArgumentException.class);
    }
}
