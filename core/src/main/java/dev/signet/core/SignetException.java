package dev.signet.core;

/**
 * The root of Signet's exceptions. Messages say what to do (which variable, which file, which fix) and never
 * contain a secret; causes from parsers that may hold key bytes are dropped, not chained.
 */
public class SignetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong and what to do; never a secret value */
    public SignetException(String message) {
        super(message);
    }

    /** @param cause a cause known not to carry secret material */
    public SignetException(String message, Throwable cause) {
        super(message, cause);
    }
}
