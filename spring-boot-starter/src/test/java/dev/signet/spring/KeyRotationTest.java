package dev.signet.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.credentials.FileCredentialsProvider;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reloading the key from its files, and the state health and metrics report about it. */
class KeyRotationTest {
    @Test
    void aChangedSecretFileRotatesAndAPlaceholderKeepsTheOldKey() throws Exception {
        TestCredentials credentials = TestCredentials.create();
        try (KeyRotation keys = KeyRotation.builder().source(FileCredentialsProvider.builder().apiKeyFile(credentials.apiKeyFile())
                .apiSecretFile(credentials.secretFile()).build()).watch(List.of(credentials.secretFile())).pollInterval(Duration.ZERO).build()) {
            String first = keys.activeFingerprint();
            assertThat(keys.activeMetadata()).hasValueSatisfying(m -> assertThat(m.source()).contains(credentials.secretFile().toString()));
            assertThat(keys.activeKeyAge()).hasValueSatisfying(age -> assertThat(age).isLessThan(Duration.ofMinutes(5)));

            TestCredentials.ownerOnly(credentials.secretFile(), TestCredentials.create().secret());
            assertThat(keys.refreshIfChanged()).isTrue();
            assertThat(keys.rotations()).isEqualTo(1);
            assertThat(keys.lastRotation()).isPresent();
            assertThat(keys.pendingProblem()).isEmpty();
            String second = keys.activeFingerprint();
            assertThat(second).isNotEqualTo(first);

            TestCredentials.ownerOnly(credentials.secretFile(), "your_api_secret_here");
            assertThat(keys.refreshIfChanged()).isFalse();
            assertThat(keys.activeFingerprint()).isEqualTo(second);
            assertThat(keys.rotations()).isEqualTo(1);
            assertThat(keys.pendingProblem()).hasValueSatisfying(p -> assertThat(p).contains("placeholder").doesNotContain("your_api"));
        }
    }

    @Test
    void thePollerCountsARotation() throws Exception {
        TestCredentials credentials = TestCredentials.create();
        try (KeyRotation keys = KeyRotation.builder().source(FileCredentialsProvider.builder().apiKeyFile(credentials.apiKeyFile())
                .apiSecretFile(credentials.secretFile()).build()).watch(List.of(credentials.secretFile())).pollInterval(Duration.ofMillis(20))
                .build()) {
            String first = keys.activeFingerprint();
            TestCredentials.ownerOnly(credentials.secretFile(), TestCredentials.create().secret());
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (keys.rotations() == 0) {
                assertThat(System.nanoTime()).as("the poller rotates within 10 s").isLessThan(deadline);
                Thread.sleep(10);
            }
            assertThat(keys.activeFingerprint()).isNotEqualTo(first);
            assertThat(keys.lastRotation()).isPresent();
        }
    }
}
