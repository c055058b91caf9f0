package dev.signet.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.CredentialMetadata;
import dev.signet.core.CredentialsException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class KeyAgeMonitorTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC);

    private static CredentialMetadata keyCreated(String instant) {
        return new CredentialMetadata("file /keys/private.pem", Instant.parse(instant), "sha256:0badc0de");
    }

    @Test
    void warnsOnceAfterNinetyDaysAndRefusesPastTheHardMaximum() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            KeyAgeMonitor monitor = KeyAgeMonitor.builder().refuseAfter(Duration.ofDays(180)).clock(NOW).build();
            assertThat(monitor.check(keyCreated("2026-10-01T00:00:00Z"))).isFalse();
            assertThat(monitor.check(keyCreated("2026-07-01T00:00:00Z"))).isTrue();
            assertThat(monitor.check(keyCreated("2026-07-01T00:00:00Z"))).isTrue();
            assertThatThrownBy(() -> monitor.check(keyCreated("2026-01-01T00:00:00Z"))).isInstanceOf(CredentialsException.class)
                    .hasMessageContaining("327 days").hasMessageContaining("180").hasMessageContaining("rotate");
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("WARN", "sha256:0badc0de", "146 days old");
        assertThat(log.indexOf("146 days old")).isEqualTo(log.lastIndexOf("146 days old"));
    }

    @Test
    void unknownAgeIsNeitherWarnedNorRefused() {
        KeyAgeMonitor monitor = KeyAgeMonitor.builder().refuseAfter(Duration.ofDays(1)).clock(NOW).build();
        assertThat(monitor.check(new CredentialMetadata("env", null, "sha256:00000000"))).isFalse();
    }
}
