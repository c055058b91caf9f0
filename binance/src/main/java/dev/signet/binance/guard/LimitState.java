package dev.signet.binance.guard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The day's count and the open notional per symbol, with the rules of {@link LimitStore}: a later day starts a new
 * count, an earlier one counts on the later day, one more than a day earlier is refused; a reservation changes nothing
 * unless every limit holds. The in-process stores keep one; {@link FileLimitStore} reads one from its file for each
 * step. Not thread-safe.
 */
final class LimitState {
    private LocalDate day;
    private int count;
    private final TreeMap<String, BigDecimal> open;

    LimitState(LocalDate day, int count, TreeMap<String, BigDecimal> open) {
        this.day = day;
        this.count = count;
        this.open = open;
    }

    static LimitState empty(LocalDate day) {
        return new LimitState(day, 0, new TreeMap<>());
    }

    /** Checks every limit of {@code r}, then holds it; throws its refusal and changes nothing when one fails. */
    void reserve(Reservation r, String where) {
        LocalDate counting = countingDay(r.day(), where);
        int counted = counting.equals(day) ? count : 0;
        if (r.limitsOpenNotional()) {
            for (int i = 0; i < r.symbolCount(); i++) {
                BigDecimal after = openNotional(r.symbol(i)).add(r.notional(i));
                if (after.compareTo(r.maxOpenNotional()) > 0) {
                    throw r.openNotionalRefused(i, after);
                }
            }
        }
        if (counted > r.maxOrders() - r.orders()) {
            throw r.ordersRefused(counted);
        }
        day = counting;
        count = counted + r.orders();
        if (r.limitsOpenNotional()) {
            for (int i = 0; i < r.symbolCount(); i++) {
                if (r.notional(i).signum() > 0) {
                    open.put(r.symbol(i), openNotional(r.symbol(i)).add(r.notional(i)));
                }
            }
        }
    }

    /** Frees {@code notional} of {@code symbol}, never below zero. */
    void release(String symbol, BigDecimal notional) {
        BigDecimal left = openNotional(symbol).subtract(notional);
        if (left.signum() > 0) {
            open.put(symbol, left);
        } else {
            open.remove(symbol);
        }
    }

    int ordersOn(LocalDate today, String where) {
        return countingDay(today, where).equals(day) ? count : 0;
    }

    BigDecimal openNotional(String symbol) {
        BigDecimal value = open.get(symbol);
        return value == null ? BigDecimal.ZERO : value;
    }

    LocalDate day() {
        return day;
    }

    int count() {
        return count;
    }

    /** Open notional by symbol, in symbol order; read-only. */
    Map<String, BigDecimal> open() {
        return Collections.unmodifiableMap(open);
    }

    /** The day a caller on {@code today} counts on: the later of the two, unless the stored one is over a day ahead. */
    private LocalDate countingDay(LocalDate today, String where) {
        if (day.isAfter(today.plusDays(1))) {
            throw new LimitStoreException(where + " counts orders on " + day + ", more than a day after this clock's " + today
                    + " (UTC): this clock is wrong, or the state is; refusing to sign. Fix the clock; delete the state only if "
                    + "you know today's count");
        }
        return today.isAfter(day) ? today : day;
    }
}
