package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An API key compares by its value, and prints only its first and last four characters once it has twelve. */
class ApiKeyTest {
    @Test
    void keysWithTheSameValueAreEqualAndHashAlike() {
        String value = dev.signet.testing.TestSecrets.random();
        ApiKey key = ApiKey.of(value);
        ApiKey same = ApiKey.of(new String(value.toCharArray()));
        assertThat(key).isEqualTo(same).hasSameHashCodeAs(same);
    }

    @Test
    void keysWithDifferentValuesDifferAndSoDoOtherObjects() {
        ApiKey key = ApiKey.of("key-one-0123");
        ApiKey other = ApiKey.of("key-two-0123");
        assertThat(key).isNotEqualTo(other).doesNotHaveSameHashCodeAs(other);
        assertThat(key.equals("key-one-0123")).isFalse();
    }

    @Test
    void twelveCharactersShowTheirFirstAndLastFourAndElevenShowNone() {
        assertThat(ApiKey.of("abcdefghijkl").abbreviated()).isEqualTo("abcd…ijkl");
        assertThat(ApiKey.of("abcdefghijk").abbreviated()).isEqualTo("…");
        assertThat(ApiKey.of("abcdefghijkl")).hasToString("abcd…ijkl");
    }
}
