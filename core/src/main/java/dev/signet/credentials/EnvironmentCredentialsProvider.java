package dev.signet.credentials;

/**
 * Credentials from environment variables {@code P_API_KEY}, {@code P_API_SECRET} or {@code P_PRIVATE_KEY_FILE}
 * (+ {@code P_PRIVATE_KEY_PASSPHRASE}, {@code P_KEY_CREATED}), each also readable from the file named by its
 * {@code _FILE} twin (Docker/Kubernetes secrets); setting both {@code X} and {@code X_FILE} is an error.
 *
 * <pre>{@code Credentials c = EnvironmentCredentialsProvider.builder().prefix("BINANCE").build().resolveCredentials();}</pre>
 */
public final class EnvironmentCredentialsProvider extends SourceProvider {
    private EnvironmentCredentialsProvider(Builder b) {
        super(b.assembler(), b.environmentSource());
    }

    /** Prefix {@value ProviderSettings#DEFAULT_PREFIX}, the real environment, default policy. */
    public static EnvironmentCredentialsProvider create() {
        return builder().build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link EnvironmentCredentialsProvider}. */
    public static final class Builder extends ProviderSettings<Builder> {
        private Builder() {}

        /** The provider. */
        public EnvironmentCredentialsProvider build() {
            return new EnvironmentCredentialsProvider(this);
        }
    }
}
