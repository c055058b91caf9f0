package dev.signet.credentials;

import dev.signet.core.Credentials;

/**
 * Resolves {@link Credentials} from one source (environment, files, systemd, a profile) or a chain of them.
 *
 * <pre>{@code Credentials c = DefaultCredentialsProvider.builder().prefix("BINANCE").build().resolveCredentials();}</pre>
 */
@FunctionalInterface
public interface CredentialsProvider {
    /**
     * Loads the credentials; each call reads the source again.
     *
     * @throws dev.signet.core.CredentialsException naming every source tried and why it gave nothing
     */
    Credentials resolveCredentials();
}
