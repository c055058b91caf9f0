package dev.signet.binance.guard;

import dev.signet.core.SignetException;

/**
 * A {@link LimitStore} could not answer: the state file is unreadable, insecure, corrupt or forged, the disk refused a
 * write, or a shared store (Redis) is unreachable, timed out or lost its state. Nothing was signed: a store that cannot
 * answer refuses. Unlike {@link TradingLimitExceededException} this is not a policy refusal (CLI exit 3, not 4): fix
 * what the message names and try again.
 *
 * <pre>{@code catch (LimitStoreException e) { alert(e.getMessage()); } // the order was not signed}</pre>
 */
public class LimitStoreException extends SignetException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed, where, and what to do; never a secret value */
    public LimitStoreException(String message) {
        super(message);
    }

    /** @param cause a cause known not to carry secret material (an I/O error, a file-rule violation) */
    public LimitStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
