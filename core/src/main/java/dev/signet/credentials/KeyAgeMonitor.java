package dev.signet.credentials;

import dev.signet.core.CredentialMetadata;
import dev.signet.core.CredentialsException;
import dev.signet.core.internal.Printable;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns (once per key, through slf4j) when a key passes the rotation age — default 90 days, the low end of the
 * exchange's "rotate every 3–6 months" — and, if configured, refuses keys past a hard maximum.
 *
 * <pre>{@code KeyAgeMonitor.builder().refuseAfter(Duration.ofDays(180)).build().check(credentials.metadata());}</pre>
 */
public final class KeyAgeMonitor {
    private static final Logger LOG = LoggerFactory.getLogger(KeyAgeMonitor.class);
    private final Duration warnAfter;
    private final Duration refuseAfter;
    private final Clock clock;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    private KeyAgeMonitor(Builder b) {
        this.warnAfter = b.warnAfter;
        this.refuseAfter = b.refuseAfter;
        this.clock = b.clock;
    }

    /** Warns after 90 days, never refuses. */
    public static KeyAgeMonitor defaults() {
        return builder().build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks a key's age.
     *
     * @return whether the key is past the warning age
     * @throws CredentialsException past the hard maximum
     */
    public boolean check(CredentialMetadata key) {
        if (refuseAfter != null && key.isOlderThan(refuseAfter, clock)) {
            throw new CredentialsException("key " + key.fingerprint() + " from " + Printable.escape(key.source()) + " is "
                    + key.age(clock).orElseThrow().toDays() + " days old, past the hard maximum of " + refuseAfter.toDays()
                    + " days; rotate it (docs/self-generated-keys.md, section 5)");
        }
        if (key.isOlderThan(warnAfter, clock)) {
            if (warned.add(key.fingerprint())) {
                LOG.warn("key {} from {} is {} days old; rotate it (every 3-6 months is the exchange's advice)", key.fingerprint(),
                        Printable.escape(key.source()), key.age(clock).orElseThrow().toDays());
            }
            return true;
        }
        return false;
    }

    /** Configures a {@link KeyAgeMonitor}. */
    public static final class Builder {
        private Duration warnAfter = CredentialMetadata.DEFAULT_MAX_AGE;
        private Duration refuseAfter;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /** Warn past this age (default 90 days). */
        public Builder warnAfter(Duration age) {
            this.warnAfter = Objects.requireNonNull(age, "age");
            return this;
        }

        /** Refuse past this age (default: never). */
        public Builder refuseAfter(Duration age) {
            this.refuseAfter = age;
            return this;
        }

        /** The clock ages are measured with. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The monitor. */
        public KeyAgeMonitor build() {
            return new KeyAgeMonitor(this);
        }
    }
}
