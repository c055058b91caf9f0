package dev.signet.core;

/** A key too weak to use (e.g. RSA below 2048 bits); says what size is required and how to make one. */
public class WeakKeyException extends KeyFormatException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong and what to do; never a secret value */
    public WeakKeyException(String message) {
        super(message);
    }
}
