package dev.signet.binance;

import dev.signet.core.TradingLimitExceededException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Client-side limits checked before an order is signed: a symbol allow-list, a maximum notional per order
 * (price × quantity, or {@code quoteOrderQty}), and a maximum number of orders per UTC day that survives restarts
 * through a state file. A market order without a price needs a reference-price function, or it is refused (its
 * notional cannot be known). An order counts when it is signed, whether or not the exchange then accepts it.
 * Thread-safe: when many threads race against a limit of N, exactly N orders pass.
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

    private TradingLimits(Builder b) {
        this.maxNotional = b.maxNotional;
        this.maxOrders = b.maxOrders;
        this.symbols = b.symbols;
        this.referencePrice = b.referencePrice;
        this.clock = b.clock;
        this.count = b.stateFile == null ? null : DailyOrderCount.load(b.stateFile, today(b.clock));
    }

    /** A builder; every limit is off until set. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void check(BinanceRequest request) {
        if (!isNewOrder(request)) {
            return;
        }
        Map<String, String> params = params(request);
        String symbol = params.getOrDefault("symbol", "");
        if (symbols != null && !symbols.contains(symbol.toUpperCase(Locale.ROOT))) {
            throw new TradingLimitExceededException("symbol '" + symbol + "' is not in the allow-list " + symbols + "; nothing was signed");
        }
        if (maxNotional != null) {
            BigDecimal notional = notional(symbol, params);
            if (notional.compareTo(maxNotional) > 0) {
                throw new TradingLimitExceededException("order notional " + notional.toPlainString() + " exceeds the limit "
                        + maxNotional.toPlainString() + " per order; nothing was signed");
            }
        }
        if (count != null) {
            synchronized (count) {
                if (!count.tryIncrement(today(clock), maxOrders)) {
                    throw new TradingLimitExceededException("the limit of " + maxOrders + " orders per UTC day is reached; "
                            + "nothing was signed until 00:00 UTC");
                }
            }
        }
    }

    /** Orders signed so far today (UTC), or 0 without a state file. */
    public int ordersToday() {
        if (count == null) {
            return 0;
        }
        synchronized (count) {
            return count.count();
        }
    }

    private BigDecimal notional(String symbol, Map<String, String> params) {
        if (params.containsKey("quoteOrderQty")) {
            return new BigDecimal(params.get("quoteOrderQty"));
        }
        BigDecimal quantity = new BigDecimal(params.getOrDefault("quantity", "0"));
        Optional<BigDecimal> price = params.containsKey("price") ? Optional.of(new BigDecimal(params.get("price"))) : referencePrice.apply(symbol);
        return quantity.multiply(price.orElseThrow(() -> new TradingLimitExceededException("a " + params.getOrDefault("type", "MARKET")
                + " order on " + symbol + " has no price, so its notional is unknown; configure "
                + "TradingLimits.builder().referencePrice(...) or send a price; nothing was signed")));
    }

    private static boolean isNewOrder(BinanceRequest request) {
        String path = request.path();
        return request.method().equals("POST") && (path.endsWith("/order") || path.endsWith("/order/oco") || path.endsWith("/orderList/oco")
                || path.endsWith("/sor/order") || path.endsWith("/batchOrders"));
    }

    private static Map<String, String> params(BinanceRequest request) {
        Map<String, String> params = new HashMap<>();
        request.queryParams().forEach(p -> params.putIfAbsent(p.getKey(), p.getValue()));
        request.bodyParams().forEach(p -> params.putIfAbsent(p.getKey(), p.getValue()));
        return params;
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

        private Builder() {}

        /** Refuses orders worth more than this, in the quote asset. */
        public Builder maxNotionalPerOrder(BigDecimal max) {
            this.maxNotional = max;
            return this;
        }

        /** Refuses more than {@code max} new orders per UTC day, counted in {@code stateFile}. */
        public Builder maxOrdersPerUtcDay(int max, Path stateFile) {
            this.maxOrders = max;
            this.stateFile = stateFile;
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
