package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An API key compares by its value, and prints only its first and last four characters once it has twelve. */
class ApiKeyTest {
    @Test
    void keysWithTheSameValueAreEqualAndHashAlike() {
        ApiKey key = ApiKey.of("vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A");
        ApiKey same = ApiKey.of("vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A");
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
