package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A key is older than the limit only past it, and the metadata prints where it came from, its age and fingerprint. */
class CredentialMetadataTest {
    private static final Instant CREATED = Instant.parse("2026-01-31T12:00:00Z");

    private static Clock at(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    @Test
    void aKeyExactlyAsOldAsTheLimitIsNotOlderThanIt() {
        CredentialMetadata metadata = new CredentialMetadata("env", CREATED, "sha256:0badc0de");
        Duration limit = CredentialMetadata.DEFAULT_MAX_AGE;
        assertThat(metadata.isOlderThan(limit, at(CREATED.plus(limit)))).isFalse();
        assertThat(metadata.isOlderThan(limit, at(CREATED.plus(limit).plusSeconds(1)))).isTrue();
    }

    @Test
    void toStringNamesTheSourceTheCreationTimeAndTheFingerprint() {
        assertThat(new CredentialMetadata("file /run/secrets/k", CREATED, "sha256:0badc0de")).hasToString(
                "CredentialMetadata[source=file /run/secrets/k, created=2026-01-31T12:00:00Z, fingerprint=sha256:0badc0de]");
        assertThat(new CredentialMetadata("env", null, "sha256:0badc0de")).hasToString(
                "CredentialMetadata[source=env, created=unknown, fingerprint=sha256:0badc0de]");
    }
}
