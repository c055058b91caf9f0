package dev.signet.binance.guard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What one signed request asks a {@link LimitStore} to hold, in one atomic step: its orders, counted on a UTC day under
 * a daily maximum, and per symbol the notional it adds to that symbol's open notional under a per-symbol maximum.
 * {@link TradingLimits} builds one for each request that places orders; a store checks every limit before it changes
 * anything and throws the refusal this class words ({@link #ordersRefused}, {@link #openNotionalRefused}).
 *
 * <pre>{@code store.reserve(Reservation.of(LocalDate.now(ZoneOffset.UTC), 1, 200, null, Map.of()));}</pre>
 */
public final class Reservation {
    /** The daily maximum when there is no daily limit. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    private final LocalDate day;
    private final int orders;
    private final int maxOrders;
    private final BigDecimal maxOpenNotional;
    private final String[] symbols;
    private final BigDecimal[] notionals;
    private final int symbolCount;

    /** Trusts its caller ({@link TradingLimits}): symbols upper case, valid and distinct, notionals at least zero. */
    Reservation(LocalDate day, int orders, int maxOrders, BigDecimal maxOpenNotional, String[] symbols, BigDecimal[] notionals,
            int symbolCount) {
        this.day = day;
        this.orders = orders;
        this.maxOrders = maxOrders;
        this.maxOpenNotional = maxOpenNotional;
        this.symbols = symbols;
        this.notionals = notionals;
        this.symbolCount = symbolCount;
    }

    /**
     * A reservation built by hand (a store's own tests, benchmarks).
     *
     * @param maxOpenNotional the per-symbol maximum, or null for none ({@code notionalBySymbol} is then ignored)
     * @param notionalBySymbol upper-case symbols ({@code [A-Z0-9_]}, 1 to 32) and notionals of at least zero
     * @throws IllegalArgumentException if a count, symbol or notional is out of range
     */
    public static Reservation of(LocalDate day, int orders, int maxOrders, BigDecimal maxOpenNotional,
            Map<String, BigDecimal> notionalBySymbol) {
        Objects.requireNonNull(day, "day");
        if (orders < 1 || maxOrders < 0) {
            throw new IllegalArgumentException("a reservation holds at least one order under a maximum of at least zero, got "
                    + orders + " under " + maxOrders);
        }
        if (maxOpenNotional != null) {
            Decimals.configured("maxOpenNotional", maxOpenNotional);
        }
        String[] symbols = new String[notionalBySymbol.size()];
        BigDecimal[] notionals = new BigDecimal[symbols.length];
        int n = 0;
        for (Map.Entry<String, BigDecimal> e : notionalBySymbol.entrySet()) {
            if (!OrderReader.isSymbol(e.getKey()) || !OrderReader.isUpperCase(e.getKey()) || e.getValue().signum() < 0) {
                throw new IllegalArgumentException("symbols are upper case [A-Z0-9_], 1 to 32, and notionals at least zero");
            }
            symbols[n] = e.getKey();
            notionals[n++] = e.getValue();
        }
        return new Reservation(day, orders, maxOrders, maxOpenNotional, symbols, notionals, n);
    }

    /** The UTC day the caller's clock is on; a store counts on a later day it has already seen (a clock stepped back). */
    public LocalDate day() {
        return day;
    }

    /** Orders to count. */
    public int orders() {
        return orders;
    }

    /** The most orders the day may count, {@link #UNLIMITED} without a daily limit. */
    public int maxOrders() {
        return maxOrders;
    }

    /** Whether the open notional per symbol is limited (and the notionals below are to be held). */
    public boolean limitsOpenNotional() {
        return maxOpenNotional != null;
    }

    /** The most open notional per symbol, or null when {@link #limitsOpenNotional()} is false. */
    public BigDecimal maxOpenNotional() {
        return maxOpenNotional;
    }

    /** How many symbols this reservation adds notional to. */
    public int symbolCount() {
        return symbolCount;
    }

    /** The {@code i}-th symbol, upper case; symbols are distinct. */
    public String symbol(int i) {
        Objects.checkIndex(i, symbolCount);
        return symbols[i];
    }

    /** The notional the {@code i}-th symbol's orders add (zero for close-position orders). */
    public BigDecimal notional(int i) {
        Objects.checkIndex(i, symbolCount);
        return notionals[i];
    }

    /** The refusal a store throws when {@code countedToday} orders leave no room for these. */
    public TradingLimitExceededException ordersRefused(long countedToday) {
        return new TradingLimitExceededException("the limit of " + maxOrders + " orders per UTC day would be passed by " + orders
                + " more (" + countedToday + " counted today); nothing was signed until 00:00 UTC");
    }

    /** The refusal a store throws when the {@code i}-th symbol's open notional would become {@code wouldBe}. */
    public TradingLimitExceededException openNotionalRefused(int i, BigDecimal wouldBe) {
        return new TradingLimitExceededException("open notional on " + symbol(i) + " would be " + wouldBe.toPlainString()
                + ", over the limit " + maxOpenNotional.toPlainString() + " per symbol; report filled or cancelled orders with "
                + "TradingLimits.release(...); nothing was signed");
    }

    @Override
    public String toString() {
        return "Reservation[" + orders + " on " + day + "]";
    }
}
