package dev.signet.credentials;

import dev.signet.core.Credentials;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The standard chain, tried in this order: system properties ({@code p.api.key} …), environment variables
 * ({@code P_API_KEY} …, with {@code _FILE} twins), systemd credentials ({@code $CREDENTIALS_DIRECTORY}), then the
 * profile file. Explicit settings win over ambient ones, as in the AWS SDK.
 *
 * <pre>{@code Credentials c = DefaultCredentialsProvider.builder().prefix("BINANCE").build().resolveCredentials();}</pre>
 */
public final class DefaultCredentialsProvider implements CredentialsProvider {
    private final CredentialsProviderChain chain;

    private DefaultCredentialsProvider(Builder b) {
        this.chain = CredentialsProviderChain.of(List.of(
                SystemPropertyCredentialsProvider.builder().copy(b).build(),
                EnvironmentCredentialsProvider.builder().copy(b).build(),
                SystemdCredentialsProvider.builder().copy(b).build(),
                ProfileCredentialsProvider.builder().copy(b).build()));
    }

    /** Prefix {@value ProviderSettings#DEFAULT_PREFIX}, the real environment. */
    public static DefaultCredentialsProvider create() {
        return builder().build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Credentials resolveCredentials() {
        return chain.resolveCredentials();
    }

    /** Every source's outcome, without throwing; keys older than {@code maxAge} are flagged. */
    public List<SourceReport> diagnose(Clock clock, Duration maxAge) {
        return chain.diagnose(clock, maxAge);
    }

    @Override
    public String toString() {
        return "DefaultCredentialsProvider" + chain;
    }

    /** Configures a {@link DefaultCredentialsProvider}; the settings apply to every source. */
    public static final class Builder extends ProviderSettings<Builder> {
        private Builder() {}

        /** The provider. */
        public DefaultCredentialsProvider build() {
            return new DefaultCredentialsProvider(this);
        }
    }
}
