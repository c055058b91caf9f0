package dev.signet.credentials;

/**
 * Credentials from system properties in lower-case dotted form ({@code binance.api.key},
 * {@code binance.api.secret}, {@code binance.private.key.file}), each also readable from the file named by its
 * {@code .file} twin ({@code binance.api.secret.file}).
 *
 * <pre>{@code Credentials c = SystemPropertyCredentialsProvider.builder().prefix("BINANCE").build().resolveCredentials();}</pre>
 */
public final class SystemPropertyCredentialsProvider extends SourceProvider {
    private SystemPropertyCredentialsProvider(Builder b) {
        super(b.assembler(), b.propertySource());
    }

    /** Prefix {@value ProviderSettings#DEFAULT_PREFIX}, the real environment, default policy. */
    public static SystemPropertyCredentialsProvider create() {
        return builder().build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link SystemPropertyCredentialsProvider}. */
    public static final class Builder extends ProviderSettings<Builder> {
        private Builder() {}

        /** The provider. */
        public SystemPropertyCredentialsProvider build() {
            return new SystemPropertyCredentialsProvider(this);
        }
    }
}
