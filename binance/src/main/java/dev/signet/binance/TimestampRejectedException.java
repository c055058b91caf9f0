package dev.signet.binance;

import java.io.IOException;

/**
 * The exchange rejected a signed request's timestamp (error -1021, outside {@code recvWindow}) and the adapter did
 * not or could not recover: the request was not safe to repeat, was already repeated once with a corrected
 * timestamp, or the server time could not be measured. The message names the measured offset; later requests use
 * it.
 *
 * <pre>{@code catch (TimestampRejectedException e) { log.warn("clock off by {} ms", e.offsetMillis()); }}</pre>
 */
public class TimestampRejectedException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long offsetMillis;

    /**
     * @param message what was rejected, the offset and what to do
     * @param offsetMillis the server-time offset after the adapter's measurement (server minus local)
     * @param cause why the server time could not be measured, or null
     */
    public TimestampRejectedException(String message, long offsetMillis, Throwable cause) {
        super(message, cause);
        this.offsetMillis = offsetMillis;
    }

    /** The server-time offset in milliseconds (server minus local) when the error was raised. */
    public long offsetMillis() {
        return offsetMillis;
    }
}
