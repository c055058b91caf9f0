package dev.signet.credentials;

import dev.signet.core.CredentialMetadata;
import dev.signet.core.Credentials;
import dev.signet.core.CredentialsException;
import dev.signet.core.SignetException;
import dev.signet.core.internal.Printable;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries providers in order and returns the first credentials found. A source with nothing configured is skipped;
 * a source that is configured but broken (world-readable file, refused secret, unreadable key) stops the chain,
 * because falling through would hide the problem. When nothing is found, the exception lists every source tried
 * and why it gave nothing.
 *
 * <pre>{@code CredentialsProviderChain.of(SystemPropertyCredentialsProvider.create(), EnvironmentCredentialsProvider.create())}</pre>
 */
public final class CredentialsProviderChain implements CredentialsProvider {
    private static final Logger LOG = LoggerFactory.getLogger(CredentialsProviderChain.class);
    private final List<CredentialsProvider> providers;

    private CredentialsProviderChain(List<CredentialsProvider> providers) {
        if (providers.isEmpty()) {
            throw new IllegalArgumentException("a chain needs at least one provider");
        }
        this.providers = List.copyOf(providers);
    }

    /** A chain of {@code providers}, tried in this order. */
    public static CredentialsProviderChain of(CredentialsProvider... providers) {
        return new CredentialsProviderChain(List.of(providers));
    }

    /** A chain of {@code providers}, tried in this order. */
    public static CredentialsProviderChain of(List<CredentialsProvider> providers) {
        return new CredentialsProviderChain(providers);
    }

    @Override
    public Credentials resolveCredentials() {
        List<String> attempts = new ArrayList<>();
        for (CredentialsProvider provider : providers) {
            try {
                Credentials credentials = provider.resolveCredentials();
                LOG.debug("credentials resolved by {}", provider);
                return credentials;
            } catch (SourceNotConfiguredException absent) {
                attempts.add(absent.getMessage());
            }
        }
        throw new CredentialsException("no credentials found; set them in one of these sources (tried in this order):", attempts);
    }

    /** Asks every source, without throwing, what it holds: for {@code signet doctor}. */
    public List<SourceReport> diagnose(Clock clock, Duration maxAge) {
        List<SourceReport> reports = new ArrayList<>();
        for (CredentialsProvider provider : providers) {
            try (Credentials credentials = provider.resolveCredentials()) {
                reports.add(new SourceReport(provider.toString(), SourceReport.Outcome.FOUND, describe(credentials, clock, maxAge)));
            } catch (SourceNotConfiguredException absent) {
                reports.add(new SourceReport(provider.toString(), SourceReport.Outcome.ABSENT, absent.getMessage()));
            } catch (SignetException error) {
                reports.add(new SourceReport(provider.toString(), SourceReport.Outcome.ERROR,
                        error.getClass().getSimpleName() + ": " + Printable.escape(error.getMessage())));
            }
        }
        return reports;
    }

    private static String describe(Credentials credentials, Clock clock, Duration maxAge) {
        CredentialMetadata meta = credentials.metadata();
        String age = meta.age(clock).map(a -> a.toDays() + " days old" + (meta.isOlderThan(maxAge, clock)
                ? " — older than " + maxAge.toDays() + " days, rotate it" : "")).orElse("age unknown");
        return credentials.signingKey().algorithm() + " key " + meta.fingerprint() + " for API key " + credentials.apiKey()
                + " from " + meta.source() + ", " + age;
    }

    @Override
    public String toString() {
        return "CredentialsProviderChain" + providers;
    }
}
