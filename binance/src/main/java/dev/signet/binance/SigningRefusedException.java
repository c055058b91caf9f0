package dev.signet.binance;

import java.io.IOException;

/**
 * An HTTP adapter refused to sign or send a request: the guard refused it (the guard's
 * {@link dev.signet.binance.guard.PermissionDeniedException} or
 * {@link dev.signet.binance.guard.TradingLimitExceededException} is the cause), its body cannot be read to be
 * signed, or a signed request was redirected outside the allowed exchange origins. Nothing signed was sent. It
 * reaches the caller through the client's normal error channel and affects no other request.
 *
 * <pre>{@code catch (SigningRefusedException e) { log.warn("not sent: {}", e.getMessage()); }}</pre>
 */
public class SigningRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param message what was refused and what to do; never a secret value */
    public SigningRefusedException(String message) {
        super(message);
    }

    /**
     * @param message what was refused and what to do; never a secret value
     * @param cause the guard's refusal, or the error that made signing impossible
     */
    public SigningRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
