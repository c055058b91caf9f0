package dev.signet.core;

import java.util.Objects;

/**
 * An {@link ApiKey}, the {@link SigningKey} that signs for it, and where both came from. Closing wipes the key.
 *
 * <pre>{@code try (Credentials c = DefaultCredentialsProvider.create().resolveCredentials()) { ... }}</pre>
 */
public final class Credentials implements AutoCloseable {
    private final ApiKey apiKey;
    private final SigningKey signingKey;
    private final CredentialMetadata metadata;

    /** Bundles the three parts. */
    public Credentials(ApiKey apiKey, SigningKey signingKey, CredentialMetadata metadata) {
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.signingKey = Objects.requireNonNull(signingKey, "signingKey");
        this.metadata = Objects.requireNonNull(metadata, "metadata");
    }

    /** The API key. */
    public ApiKey apiKey() {
        return apiKey;
    }

    /** The signing key. */
    public SigningKey signingKey() {
        return signingKey;
    }

    /** Source, age and fingerprint. */
    public CredentialMetadata metadata() {
        return metadata;
    }

    /** Wipes the signing key. */
    @Override
    public void close() {
        signingKey.close();
    }

    @Override
    public String toString() {
        return "Credentials[apiKey=" + apiKey + ", key=" + signingKey + ", source=" + metadata.source() + "]";
    }
}
