package dev.signet.binance.guard;

import dev.signet.core.SignetException;

/** A request over a client-side trading limit; names the limit. Nothing was signed. */
public class TradingLimitExceededException extends SignetException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong and what to do; never a secret value */
    public TradingLimitExceededException(String message) {
        super(message);
    }
}
