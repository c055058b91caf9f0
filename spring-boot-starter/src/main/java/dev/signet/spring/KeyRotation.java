package dev.signet.spring;

import dev.signet.core.CredentialMetadata;
import dev.signet.core.KeyedSigner;
import dev.signet.credentials.CredentialsProvider;
import dev.signet.credentials.KeyAgeMonitor;
import dev.signet.credentials.RotatingKeyedSigner;
import dev.signet.spring.internal.ResolvedCredentials;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The application's signing key: resolved from a {@link CredentialsProvider} at startup (failing the startup if it is
 * unusable), reloaded without a restart when a watched file changes (a {@link RotatingKeyedSigner}, polling on its own
 * thread: a rejected reload keeps the old key), and the state that health and metrics report — the active key's source, fingerprint and age,
 * the number of rotations, and why a pending reload was rejected. Never a secret.
 *
 * <pre>{@code
 * KeyRotation keys = KeyRotation.builder().source(provider).watch(List.of(secretFile)).build();
 * RequestSigner signer = RequestSigner.builder().keyedSignerSource(keys.keyedSigners()).build();
 * }</pre>
 */
public final class KeyRotation implements AutoCloseable {
    private final ResolvedCredentials resolved;
    private final RotatingKeyedSigner keys;
    private final List<Path> watched;
    private final Duration pollInterval;
    private final Duration keyAgeWarning;
    private final Duration keyMaxAge;
    private final Clock clock;
    private final AtomicLong rotations = new AtomicLong();
    /** Guarded by {@code this}: the active key's fingerprint as last observed. */
    private String seenFingerprint;
    private volatile Instant lastRotation;
    private volatile String pendingProblem;

    private KeyRotation(Builder b) {
        this.resolved = new ResolvedCredentials(Objects.requireNonNull(b.source, "source"));
        this.watched = List.copyOf(b.watched);
        this.pollInterval = watched.isEmpty() || b.pollInterval.isZero() ? Duration.ZERO : b.pollInterval;
        this.keyAgeWarning = b.keyAgeWarning;
        this.keyMaxAge = b.keyMaxAge;
        this.clock = b.clock;
        KeyAgeMonitor ages = KeyAgeMonitor.builder().warnAfter(keyAgeWarning).refuseAfter(keyMaxAge).clock(clock).build();
        RotatingKeyedSigner.Builder rotating = RotatingKeyedSigner.builder().source(resolved).keyAgeMonitor(ages)
                .pollInterval(pollInterval.isZero() ? null : pollInterval).afterPoll(this::observe);
        watched.forEach(rotating::watch);
        this.keys = rotating.build();
        synchronized (this) {
            this.seenFingerprint = keys.activeFingerprint();
        }
    }

    /** A builder: no watched files (no reloads), a 10 s poll interval once files are watched, a 90-day age warning. */
    public static Builder builder() {
        return new Builder();
    }

    /** The active (API key, signer) pair, read per request by request signers; never close what it returns. */
    public Supplier<KeyedSigner> keyedSigners() {
        return keys;
    }

    /** The active signing key's fingerprint. */
    public String activeFingerprint() {
        return keys.activeFingerprint();
    }

    /** The active key's source and creation time. */
    public Optional<CredentialMetadata> activeMetadata() {
        return resolved.metadataOf(keys.activeFingerprint());
    }

    /** The active key's age, when its creation time is known. */
    public Optional<Duration> activeKeyAge() {
        return activeMetadata().flatMap(m -> m.age(clock));
    }

    /** Past this age the key is reported as due for rotation. */
    public Duration keyAgeWarning() {
        return keyAgeWarning;
    }

    /** Past this age a key is refused, if set. */
    public Optional<Duration> keyMaxAge() {
        return Optional.ofNullable(keyMaxAge);
    }

    /** The files whose change reloads the key. */
    public List<Path> watched() {
        return watched;
    }

    /** How often the watched files are checked; zero when they are not. */
    public Duration pollInterval() {
        return pollInterval;
    }

    /** How many times the active key was replaced by a different one. */
    public long rotations() {
        return rotations.get();
    }

    /** When the key was last replaced. */
    public Optional<Instant> lastRotation() {
        return Optional.ofNullable(lastRotation);
    }

    /** Why the last reload was rejected (the old key is still signing), or empty when there is nothing pending. */
    public Optional<String> pendingProblem() {
        return Optional.ofNullable(pendingProblem);
    }

    /** Reloads the key if a watched file changed (or the last reload failed); returns whether a different key is now active. */
    public boolean refreshIfChanged() {
        keys.refreshIfChanged();
        return observe();
    }

    /** Counts a rotation when the active key is not the one last seen, and notes why a pending reload was rejected. */
    private synchronized boolean observe() {
        String active = keys.activeFingerprint();
        boolean rotated = !active.equals(seenFingerprint);
        if (rotated) {
            seenFingerprint = active;
            rotations.incrementAndGet();
            lastRotation = clock.instant();
        }
        pendingProblem = resolved.lastProblem().orElse(resolved.lastFingerprint().filter(f -> !f.equals(active))
                .map(f -> "the new key " + f + " failed Signet's checks and was not activated (the log says why)").orElse(null));
        return rotated;
    }

    /** Stops polling and wipes every key. Idempotent. */
    @Override
    public void close() {
        keys.close();
    }

    @Override
    public String toString() {
        return "KeyRotation[" + activeFingerprint() + ", watching " + watched + "]";
    }

    /** Configures a {@link KeyRotation}. */
    public static final class Builder {
        private CredentialsProvider source;
        private final List<Path> watched = new ArrayList<>();
        private Duration pollInterval = Duration.ofSeconds(10);
        private Duration keyAgeWarning = CredentialMetadata.DEFAULT_MAX_AGE;
        private Duration keyMaxAge;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /** Where the credentials come from, at startup and on every reload. */
        public Builder source(CredentialsProvider source) {
            this.source = source;
            return this;
        }

        /** Files whose change reloads the credentials. */
        public Builder watch(List<Path> files) {
            watched.addAll(files);
            return this;
        }

        /** How often watched files are checked (default 10 s); zero turns polling off. */
        public Builder pollInterval(Duration interval) {
            if (interval.isNegative()) {
                throw new IllegalArgumentException("signet.rotation.poll-interval must not be negative");
            }
            this.pollInterval = interval;
            return this;
        }

        /** Past this age a key is reported as due for rotation (default 90 days). */
        public Builder keyAgeWarning(Duration age) {
            this.keyAgeWarning = Objects.requireNonNull(age, "age");
            return this;
        }

        /** Past this age a key is refused (default: never). */
        public Builder keyMaxAge(Duration age) {
            this.keyMaxAge = age;
            return this;
        }

        /** The clock key ages are measured with. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Resolves the credentials (throwing if they are unusable) and starts polling. */
        public KeyRotation build() {
            return new KeyRotation(this);
        }
    }
}
