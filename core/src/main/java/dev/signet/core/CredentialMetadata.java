package dev.signet.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where credentials came from and how old they are; never the secret itself.
 *
 * <pre>{@code if (meta.isOlderThan(CredentialMetadata.DEFAULT_MAX_AGE, clock)) log.warn("rotate {}", meta);}</pre>
 */
public final class CredentialMetadata {
    /** The rotation age the exchange advises (3–6 months): 90 days. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(90);

    private final String source;
    private final Instant created;
    private final String fingerprint;

    /**
     * @param source a human description of the source, e.g. {@code environment BINANCE_API_SECRET}
     * @param created when the key was created (file modification time or {@code P_KEY_CREATED}), or null if unknown
     * @param fingerprint the signing key's fingerprint
     */
    public CredentialMetadata(String source, Instant created, String fingerprint) {
        this.source = Objects.requireNonNull(source, "source");
        this.created = created;
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** The source description. */
    public String source() {
        return source;
    }

    /** When the key was created, if known. */
    public Optional<Instant> created() {
        return Optional.ofNullable(created);
    }

    /** The signing key's fingerprint. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The key's age at {@code clock}'s now, if the creation time is known. */
    public Optional<Duration> age(Clock clock) {
        return created().map(c -> Duration.between(c, clock.instant()));
    }

    /** Whether the key is known to be older than {@code maxAge}; false when the creation time is unknown. */
    public boolean isOlderThan(Duration maxAge, Clock clock) {
        return age(clock).map(a -> a.compareTo(maxAge) > 0).orElse(false);
    }

    @Override
    public String toString() {
        return "CredentialMetadata[source=" + source + ", created=" + (created == null ? "unknown" : created)
                + ", fingerprint=" + fingerprint + "]";
    }
}
