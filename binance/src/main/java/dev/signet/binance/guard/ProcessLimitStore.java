package dev.signet.binance.guard;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Open notional held in this process only, for {@link TradingLimits} with an open-notional limit and no daily limit
 * or store: it starts at zero with each process and is not shared with other processes. Thread-safe.
 */
final class ProcessLimitStore implements LimitStore {
    private static final String WHERE = "the in-process trading-limit state";
    private final LimitState state = LimitState.empty(LocalDate.EPOCH);

    @Override
    public synchronized void reserve(Reservation reservation) {
        state.reserve(reservation, WHERE);
    }

    @Override
    public synchronized void release(String symbol, BigDecimal notional) {
        state.release(symbol, notional);
    }

    @Override
    public synchronized int ordersOn(LocalDate day) {
        return state.ordersOn(day, WHERE);
    }

    @Override
    public synchronized BigDecimal openNotional(String symbol) {
        return state.openNotional(symbol);
    }
}
