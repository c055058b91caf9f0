package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SecretPolicyTest {
    static String randomSecret() {
        return dev.signet.testing.TestSecrets.random();
    }

    @Test
    void aGeneratedSecretIsAdmitted() {
        Secret secret = SecretPolicy.defaults().admit(randomSecret().getBytes(StandardCharsets.UTF_8), "test");
        assertThat(secret.length()).isEqualTo(64);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "your_api_secret|placeholder",
        "YOUR-SECRET|placeholder",
        "<paste secret>|whitespace",
        "<secret>|placeholder",
        "${BINANCE_SECRET}|placeholder",
        "changeme|placeholder",
        "my-example-secret-k3y|placeholder",
        "put_secret_here|placeholder",
        "xxxxxxxxxxxxxxxxxxxx|placeholder",
        "aaaaaaaaaaaaaaaaaaaaaaaa|repeated",
        "abababababababababababababababab|entropy",
        "0123456789|entropy",
        "tab\there1234567890abcdefghijk|whitespace",
    })
    void placeholdersAndWeakValuesAreRefusedNamingTheRuleAndSource(String value, String rule) {
        assertThatThrownBy(() -> SecretPolicy.defaults().admit(value.getBytes(StandardCharsets.UTF_8), "environment variable BINANCE_API_SECRET"))
                .isInstanceOf(RejectedSecretException.class)
                .hasMessageContaining("BINANCE_API_SECRET")
                .hasMessageContaining(rule)
                .message().doesNotContain(value);
    }

    @Test
    void emptyNonUtf8AndTheExchangesPublishedExampleAreRefused() {
        assertThatThrownBy(() -> SecretPolicy.defaults().admit(new byte[0], "s")).hasMessageContaining("empty");
        assertThatThrownBy(() -> SecretPolicy.defaults().admit(new byte[] {(byte) 0xc3, (byte) 0x28, 65, 66}, "s"))
                .hasMessageContaining("UTF-8");
        String example = dev.signet.testing.TestVectorsFromShared.exchangeExampleSecret();
        assertThatThrownBy(() -> SecretPolicy.defaults().admit(example.getBytes(StandardCharsets.UTF_8), "s"))
                .isInstanceOf(RejectedSecretException.class).hasMessageContaining("example published");
        String exampleKey = dev.signet.testing.TestVectorsFromShared.exchangeExampleApiKey();
        assertThatThrownBy(() -> SecretPolicy.defaults().admitApiKey(exampleKey.getBytes(StandardCharsets.UTF_8), "k"))
                .isInstanceOf(RejectedSecretException.class);
    }

    @Test
    void theSourceIsEscapedInTheRefusal() {
        assertThatThrownBy(() -> SecretPolicy.defaults().admit("changeme".getBytes(StandardCharsets.UTF_8), "file /tmp/a\nINFO forged"))
                .hasMessageContaining("file /tmp/a\\nINFO forged").message().doesNotContain("\n");
    }

    @Test
    void refusedBytesAreWiped() {
        byte[] value = "changeme".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SecretPolicy.defaults().admit(value, "s")).isInstanceOf(RejectedSecretException.class);
        assertThat(value).containsOnly(0);
    }

    @Test
    void entropyFloorCannotBeLoweredBelow32BitsAndCanBeRaised() {
        assertThatThrownBy(() -> SecretPolicy.withMinimumEntropyBits(8)).isInstanceOf(IllegalArgumentException.class);
        byte[] sixteenHexChars = "9f86d081884c7d65".getBytes(StandardCharsets.UTF_8); // about 56 bits by the estimate
        assertThat(SecretPolicy.entropyBits(sixteenHexChars)).isBetween(32.0, 128.0);
        assertThat(SecretPolicy.withMinimumEntropyBits(32).admit(sixteenHexChars.clone(), "s").length()).isEqualTo(16);
        assertThatThrownBy(() -> SecretPolicy.withMinimumEntropyBits(128).admit(sixteenHexChars.clone(), "s"))
                .isInstanceOf(RejectedSecretException.class).hasMessageContaining("under 128 bits");
    }
}
