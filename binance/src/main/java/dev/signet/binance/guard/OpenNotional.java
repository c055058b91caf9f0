package dev.signet.binance.guard;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The notional of signed orders not yet reported closed, per symbol, held under a maximum. Not thread-safe:
 * {@link TradingLimits} calls it under its lock, so a check and the reservation that follows are one step.
 */
final class OpenNotional {
    private final BigDecimal max;
    private final Map<String, BigDecimal> open = new HashMap<>();

    OpenNotional(BigDecimal max) {
        this.max = max;
    }

    /** Throws if reserving {@code notional} more on {@code symbol} would pass the maximum. */
    void checkRoom(String symbol, BigDecimal notional) {
        BigDecimal after = of(symbol).add(notional);
        if (after.compareTo(max) > 0) {
            throw new TradingLimitExceededException("open notional on " + symbol + " would be " + after.toPlainString()
                    + ", over the limit " + max.toPlainString() + " per symbol; report filled or cancelled orders with "
                    + "TradingLimits.release(...); nothing was signed");
        }
    }

    void reserve(String symbol, BigDecimal notional) {
        open.put(symbol, of(symbol).add(notional));
    }

    /** Frees {@code notional} on {@code symbol}, never below zero. */
    void release(String symbol, BigDecimal notional) {
        BigDecimal left = of(symbol).subtract(notional);
        if (left.signum() > 0) {
            open.put(symbol, left);
        } else {
            open.remove(symbol);
        }
    }

    BigDecimal of(String symbol) {
        return open.getOrDefault(symbol, BigDecimal.ZERO);
    }
}
