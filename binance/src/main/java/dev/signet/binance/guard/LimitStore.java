package dev.signet.binance.guard;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where {@link TradingLimits} keeps the day's order count and the open notional per symbol. {@link TradingLimits}
 * reads orders and computes notionals; a store only counts, and must make {@link #reserve} one atomic step for every
 * caller that shares it (threads, processes, hosts), so that together they never pass a limit.
 *
 * <p>Implementations: {@link FileLimitStore} (the default: one host, any number of processes, file-locked) and
 * {@code RedisLimitStore} in {@code signet-limits-redis} (a fleet). Both fail closed: a store that cannot answer throws
 * {@link LimitStoreException}, and nothing is signed.
 *
 * <p>The UTC day: counts start at zero on a day later than any the store has counted on. A caller whose clock is on an
 * earlier day (a clock stepped back over midnight) counts on the later day, so stepping back never resets the count;
 * a caller more than one day behind is refused with {@link LimitStoreException}.
 *
 * <pre>{@code TradingLimits.builder().maxOrdersPerUtcDay(200).limitStore(FileLimitStore.open(Path.of("/var/lib/bot/orders.state"))).build()}</pre>
 */
public interface LimitStore extends AutoCloseable {
    /**
     * In one atomic step: checks that every symbol's open notional plus its notional stays within the maximum (when
     * {@link Reservation#limitsOpenNotional()}) and that the day's count plus the orders stays within
     * {@link Reservation#maxOrders()}; then holds them all. When a check fails nothing changes.
     *
     * @throws TradingLimitExceededException the reservation's own refusal ({@link Reservation#ordersRefused},
     *     {@link Reservation#openNotionalRefused}); nothing was reserved
     * @throws LimitStoreException if the store cannot answer; whether anything was reserved is unknown (a store may
     *     over-count after such a failure, never under-count)
     */
    void reserve(Reservation reservation);

    /**
     * Frees {@code notional} of {@code symbol}'s open notional, never below zero.
     *
     * @param symbol upper case, as in {@link Reservation#symbol(int)}
     * @throws LimitStoreException if the store cannot answer
     */
    void release(String symbol, BigDecimal notional);

    /**
     * Orders counted on {@code day}: zero on a day later than any counted on, the later day's count on an earlier one.
     *
     * @throws LimitStoreException if the store cannot answer
     */
    int ordersOn(LocalDate day);

    /**
     * The open notional of {@code symbol} (upper case), zero when none.
     *
     * @throws LimitStoreException if the store cannot answer
     */
    BigDecimal openNotional(String symbol);

    /** Frees what the store holds (connections); the default holds nothing. */
    @Override
    default void close() {}
}
