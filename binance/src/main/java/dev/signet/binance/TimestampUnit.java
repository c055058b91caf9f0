package dev.signet.binance;

/**
 * The unit of the {@code timestamp} parameter: milliseconds (the default) or microseconds, which the exchange
 * accepts when asked for.
 *
 * <pre>{@code RequestSigner.builder().timestampUnit(TimestampUnit.MICROSECONDS)}</pre>
 */
public enum TimestampUnit {
    /** Epoch milliseconds. */
    MILLISECONDS,
    /** Epoch microseconds. */
    MICROSECONDS
}
