package dev.signet.spring.internal;

import dev.signet.core.RejectedSecretException;

/**
 * A secret, or a setting that would hold one, found under {@code signet.*} in Spring configuration; the message names
 * the property and where it was set (never the value), and {@link #action()} says where the secret belongs instead.
 */
public final class SecretInConfigurationException extends RejectedSecretException {
    private static final long serialVersionUID = 1L;
    private final String action;

    SecretInConfigurationException(String description, String action) {
        super(description + " " + action);
        this.action = action;
    }

    /** What to do instead: where Signet reads this secret from. */
    public String action() {
        return action;
    }
}
