package dev.signet.core;

/**
 * A key held outside Signet (a PKCS#11 token, a JCA provider) that cannot sign now: the token was removed or
 * re-initialised, its login was lost, the provider failed. Names the holder and what to do; never a PIN.
 *
 * <pre>{@code catch (KeyUnavailableException e) { rotating.refresh(); }}</pre>
 */
public class KeyUnavailableException extends CredentialsException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong and what to do; never a secret value */
    public KeyUnavailableException(String message) {
        super(message);
    }
}
