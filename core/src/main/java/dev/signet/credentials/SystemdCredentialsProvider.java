package dev.signet.credentials;

/**
 * Credentials from systemd's {@code $CREDENTIALS_DIRECTORY} ({@code LoadCredential=}): files {@code api-key},
 * {@code api-secret}, {@code private-key} and {@code private-key-passphrase}, under the same file rules as every
 * secret file. The prefix is not used: systemd already scopes the directory to one service.
 *
 * <pre>{@code Credentials c = SystemdCredentialsProvider.create().resolveCredentials();}</pre>
 */
public final class SystemdCredentialsProvider extends SourceProvider {
    private SystemdCredentialsProvider(Builder b) {
        super(b.assembler(), new SystemdSource(b.environment, b.files));
    }

    /** Prefix {@value ProviderSettings#DEFAULT_PREFIX}, the real environment, default policy. */
    public static SystemdCredentialsProvider create() {
        return builder().build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link SystemdCredentialsProvider}. */
    public static final class Builder extends ProviderSettings<Builder> {
        private Builder() {}

        /** The provider. */
        public SystemdCredentialsProvider build() {
            return new SystemdCredentialsProvider(this);
        }
    }
}
