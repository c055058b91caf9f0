package dev.signet.core;

/** A key that cannot be read: says which format was detected and what is wrong (wrong passphrase, truncated, …). */
public class KeyFormatException extends SignetException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong and what to do; never a secret value */
    public KeyFormatException(String message) {
        super(message);
    }
}
