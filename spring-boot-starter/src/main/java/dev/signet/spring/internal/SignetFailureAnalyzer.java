package dev.signet.spring.internal;

import dev.signet.binance.guard.TradingLimitExceededException;
import dev.signet.core.CredentialsException;
import dev.signet.core.InsecureFilePermissionsException;
import dev.signet.core.KeyFormatException;
import dev.signet.core.RejectedSecretException;
import dev.signet.core.SignetException;
import dev.signet.core.WeakKeyException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a Signet refusal at startup (no credentials, an insecure file, a placeholder secret, a secret in Spring
 * configuration, an unreadable key or limit state) into Spring Boot's "APPLICATION FAILED TO START" report: the
 * description is Signet's message (which names the source and never a secret), the action says what to change.
 * Registered in {@code META-INF/spring.factories}.
 */
public final class SignetFailureAnalyzer extends AbstractFailureAnalyzer<SignetException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SignetException cause) {
        return new FailureAnalysis("Signet refused to start: " + Quoting.escape(cause.getMessage()), action(cause), cause);
    }

    private static String action(SignetException cause) {
        if (cause instanceof SecretInConfigurationException inConfiguration) {
            return inConfiguration.action();
        }
        if (cause instanceof InsecureFilePermissionsException) {
            return "Make the file named above readable only by the user running this application (chmod 600, owned by that user), "
                    + "with no folder above it writable by others, then start again.";
        }
        if (cause instanceof RejectedSecretException) {
            return "Put the real credentials from the exchange's API management page in the source named above; "
                    + "placeholders, published examples and values wrapped in quotes are refused.";
        }
        if (cause instanceof KeyFormatException || cause instanceof WeakKeyException) {
            return "Point signet.credentials.private-key-file (or PREFIX_PRIVATE_KEY_FILE) at a valid Ed25519 or RSA (2048 bits or more) "
                    + "private key, e.g. one made by 'signet keygen'.";
        }
        if (cause instanceof CredentialsException) {
            return "Give Signet credentials: set PREFIX_API_KEY with PREFIX_API_SECRET or PREFIX_PRIVATE_KEY_FILE (each also as a "
                    + "_FILE twin) in the environment and signet.credentials.prefix=PREFIX, or name the files with "
                    + "signet.credentials.api-key-file and signet.credentials.api-secret-file or private-key-file. "
                    + "'signet doctor --prefix PREFIX' shows what each source holds.";
        }
        if (cause instanceof TradingLimitExceededException) {
            return "Check signet.limits.state-file: it must be readable and writable by this application and not corrupt.";
        }
        return "Correct the signet.* setting or the source named above, then start again.";
    }
}
