package dev.signet.core;

/** A secret refused by the {@link SecretPolicy} (placeholder, example, low entropy, …); names the source and rule, never the value. */
public class RejectedSecretException extends CredentialsException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong and what to do; never a secret value */
    public RejectedSecretException(String message) {
        super(message);
    }
}
