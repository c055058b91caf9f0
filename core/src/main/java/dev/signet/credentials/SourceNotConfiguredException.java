package dev.signet.credentials;

import dev.signet.core.CredentialsException;

/**
 * Thrown by a {@link CredentialsProvider} whose source holds nothing at all (no variable set, no file, no vault
 * path configured), so a {@link CredentialsProviderChain} moves on to the next provider and lists this message
 * among the sources it tried. A source that is configured but broken throws another {@link CredentialsException}
 * instead, which stops the chain. Your own providers (a vault, a cloud secrets manager) throw it the same way.
 *
 * <pre>{@code if (vaultPath == null) throw new SourceNotConfiguredException("vault: VAULT_SECRET_PATH is not set");}</pre>
 */
public class SourceNotConfiguredException extends CredentialsException {
    private static final long serialVersionUID = 1L;

    /** @param message which source and which setting is missing; never a secret value */
    public SourceNotConfiguredException(String message) {
        super(message);
    }
}
