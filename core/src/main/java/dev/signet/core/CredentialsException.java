package dev.signet.core;

import java.util.List;

/**
 * No usable credentials: lists every source tried and why it gave nothing (variable unset, file missing, …).
 *
 * <pre>{@code catch (CredentialsException e) { e.attempts().forEach(System.err::println); }}</pre>
 */
public class CredentialsException extends SignetException {
    private static final long serialVersionUID = 1L;
    private final String[] attempts;

    /** @param message what went wrong and what to do; never a secret value */
    public CredentialsException(String message) {
        this(message, List.of());
    }

    /**
     * @param message the summary
     * @param attempts one line per source tried: the source and why it was skipped
     */
    public CredentialsException(String message, List<String> attempts) {
        super(attempts.isEmpty() ? message : message + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", attempts));
        this.attempts = attempts.toArray(new String[0]);
    }

    /** One line per source tried, in order. */
    public List<String> attempts() {
        return List.of(attempts);
    }
}
