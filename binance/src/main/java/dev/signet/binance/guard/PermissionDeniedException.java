package dev.signet.binance.guard;

import dev.signet.core.SignetException;

/** A request outside the scopes the signing policy allows; names the endpoint and scope. Nothing was signed. */
public class PermissionDeniedException extends SignetException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong and what to do; never a secret value */
    public PermissionDeniedException(String message) {
        super(message);
    }
}
