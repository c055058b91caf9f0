package dev.signet.binance.guard;

import dev.signet.binance.BinanceRequest;
import dev.signet.binance.internal.Quoted;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Client-side limits on the orders a {@link SigningPolicy} signs: a symbol allow-list, a maximum notional per order,
 * a maximum number of orders per UTC day, and optionally a maximum open notional per symbol. They fail closed: with
 * limits configured, a request to a trading endpoint is signed only if Signet reads every order it places (each leg of
 * an order list, each order of a batch, algo orders) or knows it places none (cancels, queries, listen keys, leverage
 * settings). Anything else in a trading scope is refused, naming the endpoint, unless code exempts it with
 * {@link Builder#allowWithoutLimits}.
 *
 * <p>Notional is price × quantity at the highest price an order names ({@code quoteOrderQty} when given; for COIN-M,
 * contracts × contract size). Orders that may fill at the market's price (market orders, trailing stops, pegged and
 * price-match orders) and sells need a reference price and are refused without one (a sell takes the reference price
 * when it is higher, since a sell priced below the market fills at the market). Each order list counts one order per leg. An order
 * counts when it is signed, whether or not the exchange then accepts it; test orders are checked but not counted.
 *
 * <p>The day's count and the open notional live in a {@link LimitStore}, which checks and reserves them in one atomic
 * step: exact across threads, and across every process and host that shares the store. {@link FileLimitStore} (what
 * {@link Builder#maxOrdersPerUtcDay(int, Path)} opens) serves the processes of one host; {@code RedisLimitStore}
 * ({@code signet-limits-redis}) a fleet. A store that cannot answer throws {@link LimitStoreException} and nothing is
 * signed. With an open-notional limit and no store, open notional is held in this process only.
 *
 * <p>Open notional is what signed orders hold until the bot reports them closed: Signet cannot see fills, so call
 * {@link #release} from the execution-report handler (filled, cancelled, expired or rejected). In a store it outlives
 * a restart, like the orders it stands for.
 *
 * <pre>{@code
 * TradingLimits limits = TradingLimits.builder().maxNotionalPerOrder(new BigDecimal("500")).maxOrdersPerUtcDay(200, stateFile).build();
 * RequestSigner.builder().guard(SigningPolicy.builder().tradingLimits(limits).build())
 * }</pre>
 */
public final class TradingLimits {
    private final BigDecimal maxNotional;
    private final int maxOrders;
    private final BigDecimal maxOpen;
    private final Set<String> symbols;
    private final OrderNotional notional;
    private final List<Endpoint> exempt;
    private final Clock clock;
    private final LimitStore store;

    private TradingLimits(Builder b, LimitStore store) {
        this.maxNotional = b.maxNotional;
        this.maxOrders = b.maxOrders;
        this.maxOpen = b.maxOpenNotional;
        this.symbols = b.symbols;
        this.notional = new OrderNotional(b.referencePrice, b.contractSize);
        this.exempt = List.copyOf(b.exempt);
        this.clock = b.clock;
        this.store = store;
    }

    /** A builder; every limit is off until set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Checks {@code request} if its endpoint is in a trading scope; the {@link SigningPolicy} calls this. */
    void check(BinanceRequest request) {
        Endpoint endpoint = EndpointTable.lookup(request.method(), request.path());
        if (endpoint.isTrading()) {
            check(request, endpoint);
        }
    }

    /** Checks a request to a trading endpoint, then counts and reserves its orders in one step. */
    void check(BinanceRequest request, Endpoint endpoint) {
        OrderShape shape = endpoint.shape();
        if (shape == OrderShape.NONE || isExempt(request)) {
            return;
        }
        if (shape == OrderShape.UNREADABLE) {
            throw unreadable(request);
        }
        List<OrderReader.Order> orders = OrderReader.read(endpoint, request);
        boolean needsNotional = maxNotional != null || maxOpen != null;
        String[] bySymbol = new String[orders.size()];
        BigDecimal[] notionals = new BigDecimal[orders.size()];
        int symbolCount = 0;
        int placed = 0;
        for (int i = 0; i < orders.size(); i++) {
            OrderReader.Order order = orders.get(i);
            if (symbols != null && !symbols.contains(order.symbol())) {
                throw new TradingLimitExceededException("symbol " + Quoted.of(order.symbol()) + " is not in the allow-list " + symbols
                        + "; nothing was signed");
            }
            BigDecimal value = needsNotional ? notional.of(order, endpoint.countsContracts()) : BigDecimal.ZERO;
            if (maxNotional != null && value.compareTo(maxNotional) > 0) {
                throw new TradingLimitExceededException("order notional " + value.toPlainString() + " on " + order.symbol()
                        + " exceeds the limit " + maxNotional.toPlainString() + " per order; nothing was signed");
            }
            placed += order.count();
            int at = indexOf(bySymbol, symbolCount, order.symbol());
            if (at < 0) {
                bySymbol[symbolCount] = order.symbol();
                notionals[symbolCount++] = value;
            } else {
                notionals[at] = notionals[at].add(value);
            }
        }
        if (shape.counts() && store != null) {
            store.reserve(new Reservation(today(clock), placed, maxOrders, maxOpen, bySymbol, notionals, symbolCount));
        }
    }

    private static int indexOf(String[] symbols, int count, String symbol) {
        for (int i = 0; i < count; i++) {
            if (symbols[i].equals(symbol)) {
                return i;
            }
        }
        return -1;
    }

    private boolean isExempt(BinanceRequest request) {
        for (int i = 0; i < exempt.size(); i++) {
            Endpoint e = exempt.get(i);
            if (e.method().equals(request.method()) && EndpointTable.equalsIgnoreAsciiCase(e.path(), request.path())) {
                return true;
            }
        }
        return false;
    }

    private static TradingLimitExceededException unreadable(BinanceRequest request) {
        String method = request.method();
        String path = Quoted.of(request.path(), 200);
        return new TradingLimitExceededException(method + " " + path + " is in a trading scope, but Signet cannot read the orders it "
                + "may place, so trading limits cannot check them; nothing was signed. If this process must call it, sign it "
                + "without limits explicitly: TradingLimits.builder().allowWithoutLimits(\"" + method + "\", " + path.replace('\'', '"')
                + ")");
    }

    /**
     * Reports that {@code notional} of {@code symbol} is no longer open (an order filled, cancelled, expired or was
     * rejected), making room under the open-notional limit. No effect without that limit.
     *
     * @throws IllegalArgumentException if {@code symbol} is not 1 to 32 letters, digits and '_', or {@code notional}
     *     is not above zero or out of bounds
     * @throws LimitStoreException if the store cannot answer
     */
    public void release(String symbol, BigDecimal notional) {
        Decimals.configured("released notional", notional);
        String upper = storedSymbol(symbol);
        if (maxOpen != null) {
            store.release(upper, notional);
        }
    }

    /**
     * The notional of {@code symbol} signed and not yet released; zero without the open-notional limit.
     *
     * @throws LimitStoreException if the store cannot answer
     */
    public BigDecimal openNotional(String symbol) {
        String upper = storedSymbol(symbol);
        return maxOpen == null ? BigDecimal.ZERO : store.openNotional(upper);
    }

    /**
     * Orders counted so far today (UTC) by the store, by every process that shares it; 0 without a store.
     *
     * @throws LimitStoreException if the store cannot answer
     */
    public int ordersToday() {
        return store == null ? 0 : store.ordersOn(today(clock));
    }

    private static String storedSymbol(String symbol) {
        if (!OrderReader.isSymbol(symbol)) {
            throw new IllegalArgumentException("a symbol is 1 to 32 letters, digits and '_', got " + Quoted.of(symbol));
        }
        return symbol.toUpperCase(Locale.ROOT);
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
        private Function<String, Optional<BigDecimal>> contractSize = symbol -> Optional.empty();
        private final List<Endpoint> exempt = new ArrayList<>();
        private Clock clock = Clock.systemUTC();
        private boolean dailyLimit;
        private Path stateFile;
        private LimitStore store;
        private BigDecimal maxOpenNotional;

        private Builder() {}

        /** Refuses orders worth more than this, in the quote asset (USD for COIN-M). */
        public Builder maxNotionalPerOrder(BigDecimal max) {
            this.maxNotional = Decimals.configured("maxNotionalPerOrder", max);
            return this;
        }

        /**
         * Refuses more than {@code max} new orders per UTC day, counted in a {@link FileLimitStore} on {@code stateFile}
         * (shared by every process on the host that uses the same file). Its folder must exist and pass the file rules;
         * {@link #build()} checks.
         */
        public Builder maxOrdersPerUtcDay(int max, Path stateFile) {
            maxOrdersPerUtcDay(max);
            this.stateFile = Objects.requireNonNull(stateFile, "stateFile: the day's count must survive a restart");
            return this;
        }

        /** Refuses more than {@code max} new orders per UTC day, counted in the store given to {@link #limitStore}. */
        public Builder maxOrdersPerUtcDay(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("max orders per UTC day must be >= 0, got " + max);
            }
            this.maxOrders = max;
            this.dailyLimit = true;
            return this;
        }

        /**
         * Keeps the day's count and the open notional in {@code store}, e.g. a {@code RedisLimitStore} a fleet shares.
         * The caller closes it.
         */
        public Builder limitStore(LimitStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** Refuses an order that would take the open notional of its symbol past {@code max}; see {@link #release}. */
        public Builder maxOpenNotionalPerSymbol(BigDecimal max) {
            this.maxOpenNotional = Decimals.configured("maxOpenNotionalPerSymbol", max);
            return this;
        }

        /** Only these symbols may be traded. */
        public Builder allowedSymbols(Set<String> symbols) {
            this.symbols = Set.copyOf(symbols.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList());
            return this;
        }

        /** A price for orders that may fill at the market's (market, trailing, pegged), e.g. the last trade price. */
        public Builder referencePrice(Function<String, Optional<BigDecimal>> prices) {
            this.referencePrice = Objects.requireNonNull(prices, "prices");
            return this;
        }

        /** The USD value of one contract per COIN-M symbol ({@code contractSize} in exchangeInfo: 100 for BTCUSD_PERP). */
        public Builder contractSize(Function<String, Optional<BigDecimal>> sizes) {
            this.contractSize = Objects.requireNonNull(sizes, "sizes");
            return this;
        }

        /**
         * Signs {@code method} on {@code path}, an endpoint in a trading scope whose orders Signet cannot read (a
         * manual liquidation, a convert, an endpoint Signet does not know), <em>without any limit</em>: its orders are
         * neither checked nor counted. Endpoints whose orders Signet reads cannot be exempted.
         *
         * @throws IllegalArgumentException if Signet reads the endpoint's orders or it places none
         */
        public Builder allowWithoutLimits(String method, String path) {
            String m = method.toUpperCase(Locale.ROOT);
            OrderShape shape = EndpointTable.lookup(m, path).shape();
            if (shape != OrderShape.UNREADABLE) {
                throw new IllegalArgumentException(m + " " + Quoted.of(path, 200) + (shape == OrderShape.NONE ? " places no orders"
                        : " has orders Signet reads and limits") + "; it needs no exemption");
            }
            exempt.add(new Endpoint(m, path, Scope.UNKNOWN, shape));
            return this;
        }

        /** The clock that decides the UTC day. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * The limits. With a daily limit, reads the store's count once, so a bad state file or an unreachable store
         * fails here, at startup.
         *
         * @throws IllegalStateException if a daily limit has no store, or has both a state file and a store
         * @throws LimitStoreException if the store cannot answer
         */
        public TradingLimits build() {
            if (stateFile != null && store != null) {
                throw new IllegalStateException("both a state file and limitStore(...) are set; give maxOrdersPerUtcDay(max) "
                        + "and limitStore(FileLimitStore.open(stateFile)) or the store you share, not both");
            }
            if (dailyLimit && stateFile == null && store == null) {
                throw new IllegalStateException("maxOrdersPerUtcDay(max) counts in a store that survives a restart: add "
                        + "limitStore(...), or use maxOrdersPerUtcDay(max, stateFile)");
            }
            LimitStore chosen = store != null ? store
                    : stateFile != null ? FileLimitStore.open(stateFile)
                    : maxOpenNotional != null ? new ProcessLimitStore() : null;
            if (dailyLimit) {
                chosen.ordersOn(today(clock));
            }
            return new TradingLimits(this, chosen);
        }
    }
}
