package dev.signet.binance.guard;

import dev.signet.binance.BinanceRequest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Client-side limits checked before an order is signed: a symbol allow-list, a maximum notional per order
 * (price × quantity, or {@code quoteOrderQty}), a maximum number of orders per UTC day that survives restarts
 * through a state file, and optionally a maximum open notional per symbol. A market order without a price needs a
 * reference-price function, or it is refused (its notional cannot be known). An order counts when it is signed,
 * whether or not the exchange then accepts it. Thread-safe: when many threads race against a limit of N, exactly N
 * orders pass.
 *
 * <p>Use one instance per state file and share it between signers (REST and WebSocket): two instances on one file
 * each keep their own count and overwrite each other's.
 *
 * <p>Open notional is what signed orders hold until the bot reports them closed: Signet cannot see fills, so call
 * {@link #release} from the execution-report handler (filled, cancelled, expired or rejected).
 *
 * <pre>{@code TradingLimits.builder().maxNotionalPerOrder(new BigDecimal("500")).maxOrdersPerUtcDay(200, stateFile).build()}</pre>
 */
public final class TradingLimits implements RequestGuard {
    private final BigDecimal maxNotional;
    private final int maxOrders;
    private final Set<String> symbols;
    private final Function<String, Optional<BigDecimal>> referencePrice;
    private final Clock clock;
    private final DailyOrderCount count;
    private final OpenNotional open;
    private final Object lock = new Object();

    private TradingLimits(Builder b) {
        this.maxNotional = b.maxNotional;
        this.maxOrders = b.maxOrders;
        this.symbols = b.symbols;
        this.referencePrice = b.referencePrice;
        this.clock = b.clock;
        this.count = b.stateFile == null ? null : DailyOrderCount.load(b.stateFile, today(b.clock));
        this.open = b.maxOpenNotional == null ? null : new OpenNotional(b.maxOpenNotional);
    }

    /** A builder; every limit is off until set. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void check(BinanceRequest request) {
        if (!OrderEndpoints.placesOrders(request)) {
            return;
        }
        List<Map<String, String>> orders = OrderEndpoints.orders(request);
        boolean needsNotional = maxNotional != null || open != null;
        List<BigDecimal> notionals = new ArrayList<>(orders.size());
        for (Map<String, String> order : orders) {
            String symbol = symbolOf(order);
            if (symbols != null && !symbols.contains(symbol)) {
                throw new TradingLimitExceededException("symbol '" + symbol + "' is not in the allow-list " + symbols + "; nothing was signed");
            }
            BigDecimal notional = needsNotional ? notional(symbol, order) : BigDecimal.ZERO;
            if (maxNotional != null && notional.compareTo(maxNotional) > 0) {
                throw new TradingLimitExceededException("order notional " + notional.toPlainString() + " exceeds the limit "
                        + maxNotional.toPlainString() + " per order; nothing was signed");
            }
            notionals.add(notional);
        }
        if (count != null || open != null) {
            synchronized (lock) {
                countAndReserve(orders, notionals);
            }
        }
    }

    /** Checks every counted limit before changing any, so a refusal leaves no partial reservation behind. */
    private void countAndReserve(List<Map<String, String>> orders, List<BigDecimal> notionals) {
        Map<String, BigDecimal> bySymbol = new HashMap<>();
        for (int i = 0; i < orders.size(); i++) {
            bySymbol.merge(symbolOf(orders.get(i)), notionals.get(i), BigDecimal::add);
        }
        if (open != null) {
            bySymbol.forEach(open::checkRoom);
        }
        if (count != null && !count.tryAdd(today(clock), orders.size(), maxOrders)) {
            throw new TradingLimitExceededException("the limit of " + maxOrders + " orders per UTC day would be passed by "
                    + orders.size() + " more; nothing was signed until 00:00 UTC");
        }
        if (open != null) {
            bySymbol.forEach(open::reserve);
        }
    }

    /**
     * Reports that {@code notional} of {@code symbol} is no longer open (an order filled, cancelled, expired or was
     * rejected), making room under the open-notional limit. No effect without that limit.
     */
    public void release(String symbol, BigDecimal notional) {
        if (open != null) {
            synchronized (lock) {
                open.release(symbol.toUpperCase(Locale.ROOT), notional);
            }
        }
    }

    /** The notional of {@code symbol} signed and not yet released; zero without the open-notional limit. */
    public BigDecimal openNotional(String symbol) {
        if (open == null) {
            return BigDecimal.ZERO;
        }
        synchronized (lock) {
            return open.of(symbol.toUpperCase(Locale.ROOT));
        }
    }

    /** Orders signed so far today (UTC), or 0 without a state file. */
    public int ordersToday() {
        if (count == null) {
            return 0;
        }
        synchronized (lock) {
            return count.count(today(clock));
        }
    }

    private static String symbolOf(Map<String, String> order) {
        return order.getOrDefault("symbol", "").toUpperCase(Locale.ROOT);
    }

    /**
     * {@code quoteOrderQty}, else the sum of every quantity ({@code quantity}, {@code workingQuantity},
     * {@code pendingQuantity}) times the highest price given ({@code price}, {@code stopPrice}, {@code abovePrice},
     * …) or the reference price: an upper bound for list orders (OCO, OTO, OTOCO) as for single ones.
     */
    private BigDecimal notional(String symbol, Map<String, String> order) {
        if (order.containsKey("quoteOrderQty")) {
            return positive("quoteOrderQty", order.get("quoteOrderQty"));
        }
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal price = null;
        for (Map.Entry<String, String> p : order.entrySet()) {
            String name = p.getKey();
            if (name.equals("quantity") || name.endsWith("Quantity")) {
                quantity = quantity.add(positive(name, p.getValue()));
            } else if (name.equals("price") || name.endsWith("Price")) {
                BigDecimal value = positive(name, p.getValue());
                price = price == null ? value : price.max(value);
            }
        }
        if (quantity.signum() == 0) {
            if ("true".equalsIgnoreCase(order.get("closePosition"))) {
                return BigDecimal.ZERO;
            }
            throw new TradingLimitExceededException("an order on " + symbol + " has no quantity or quoteOrderQty, so its notional "
                    + "is unknown; nothing was signed");
        }
        Optional<BigDecimal> known = price != null ? Optional.of(price) : referencePrice.apply(symbol);
        return quantity.multiply(known.orElseThrow(() -> new TradingLimitExceededException("a "
                + order.getOrDefault("type", "MARKET") + " order on " + symbol + " has no price, so its notional is unknown; "
                + "configure TradingLimits.builder().referencePrice(...) or send a price; nothing was signed")));
    }

    /** A quantity or price: a decimal above zero, or the order is refused (a negative one would lower the notional). */
    private static BigDecimal positive(String name, String value) {
        try {
            BigDecimal decimal = new BigDecimal(value);
            if (decimal.signum() > 0) {
                return decimal;
            }
        } catch (NumberFormatException notADecimal) {
            // refused below, with the value named
        }
        throw new TradingLimitExceededException(name + " must be a decimal above zero, got '" + value + "'; nothing was signed");
    }

    private static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Configures {@link TradingLimits}. */
    public static final class Builder {
        private BigDecimal maxNotional;
        private int maxOrders = Integer.MAX_VALUE;
        private Set<String> symbols;
        private Function<String, Optional<BigDecimal>> referencePrice = symbol -> Optional.empty();
        private Clock clock = Clock.systemUTC();
        private Path stateFile;
        private BigDecimal maxOpenNotional;

        private Builder() {}

        /** Refuses orders worth more than this, in the quote asset. */
        public Builder maxNotionalPerOrder(BigDecimal max) {
            this.maxNotional = max;
            return this;
        }

        /** Refuses more than {@code max} new orders per UTC day, counted in {@code stateFile}. */
        public Builder maxOrdersPerUtcDay(int max, Path stateFile) {
            if (max < 0) {
                throw new IllegalArgumentException("max orders per UTC day must be >= 0, got " + max);
            }
            this.maxOrders = max;
            this.stateFile = Objects.requireNonNull(stateFile, "stateFile: the day's count must survive a restart");
            return this;
        }

        /** Refuses an order that would take the open notional of its symbol past {@code max}; see {@link #release}. */
        public Builder maxOpenNotionalPerSymbol(BigDecimal max) {
            this.maxOpenNotional = max;
            return this;
        }

        /** Only these symbols may be traded. */
        public Builder allowedSymbols(Set<String> symbols) {
            this.symbols = Set.copyOf(symbols.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList());
            return this;
        }

        /** A price for orders that carry none (market orders), e.g. the last trade price. */
        public Builder referencePrice(Function<String, Optional<BigDecimal>> prices) {
            this.referencePrice = prices;
            return this;
        }

        /** The clock that decides the UTC day. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** The limits. */
        public TradingLimits build() {
            return new TradingLimits(this);
        }
    }
}
