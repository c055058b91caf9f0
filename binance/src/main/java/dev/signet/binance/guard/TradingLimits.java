package dev.signet.binance.guard;

import dev.signet.binance.BinanceRequest;
import dev.signet.binance.internal.Quoted;
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
 * Client-side limits on the orders a {@link SigningPolicy} signs: a symbol allow-list, a maximum notional per order,
 * a maximum number of orders per UTC day that survives restarts through a state file, and optionally a maximum open
 * notional per symbol. They fail closed: with limits configured, a request to a trading endpoint is signed only if
 * Signet reads every order it places (each leg of an order list, each order of a batch, algo orders) or knows it places
 * none (cancels, queries, listen keys, leverage settings). Anything else in a trading scope is refused, naming the
 * endpoint, unless code exempts it with {@link Builder#allowWithoutLimits}.
 *
 * <p>Notional is price × quantity at the highest price an order names ({@code quoteOrderQty} when given; for COIN-M,
 * contracts × contract size). Orders that may fill at the market's price (market orders, trailing stops, pegged and
 * price-match orders) need a reference price and are refused without one; a sell also takes the reference price when
 * it is higher, since a sell below the market fills at the market. Each order list counts one order per leg. An order
 * counts when it is signed, whether or not the exchange then accepts it; test orders are checked but not counted.
 * Thread-safe: when many threads race against a limit of N, exactly N orders pass.
 *
 * <p>Use one instance per state file and share it between signers (REST and WebSocket): two instances on one file
 * each keep their own count and overwrite each other's.
 *
 * <p>Open notional is what signed orders hold until the bot reports them closed: Signet cannot see fills, so call
 * {@link #release} from the execution-report handler (filled, cancelled, expired or rejected).
 *
 * <pre>{@code
 * TradingLimits limits = TradingLimits.builder().maxNotionalPerOrder(new BigDecimal("500")).maxOrdersPerUtcDay(200, stateFile).build();
 * RequestSigner.builder().guard(SigningPolicy.builder().tradingLimits(limits).build())
 * }</pre>
 */
public final class TradingLimits {
    private final BigDecimal maxNotional;
    private final int maxOrders;
    private final Set<String> symbols;
    private final OrderNotional notional;
    private final List<Endpoint> exempt;
    private final Clock clock;
    private final DailyOrderCount count;
    private final OpenNotional open;
    private final Object lock = new Object();

    private TradingLimits(Builder b) {
        this.maxNotional = b.maxNotional;
        this.maxOrders = b.maxOrders;
        this.symbols = b.symbols;
        this.notional = new OrderNotional(b.referencePrice, b.contractSize);
        this.exempt = List.copyOf(b.exempt);
        this.clock = b.clock;
        this.count = b.stateFile == null ? null : DailyOrderCount.load(b.stateFile, today(b.clock));
        this.open = b.maxOpenNotional == null ? null : new OpenNotional(b.maxOpenNotional);
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
        boolean needsNotional = maxNotional != null || open != null;
        List<BigDecimal> notionals = new ArrayList<>(orders.size());
        for (OrderReader.Order order : orders) {
            if (symbols != null && !symbols.contains(order.symbol())) {
                throw new TradingLimitExceededException("symbol " + Quoted.of(order.symbol()) + " is not in the allow-list " + symbols
                        + "; nothing was signed");
            }
            BigDecimal value = needsNotional ? notional.of(order, endpoint.countsContracts()) : BigDecimal.ZERO;
            if (maxNotional != null && value.compareTo(maxNotional) > 0) {
                throw new TradingLimitExceededException("order notional " + value.toPlainString() + " on " + order.symbol()
                        + " exceeds the limit " + maxNotional.toPlainString() + " per order; nothing was signed");
            }
            notionals.add(value);
        }
        if (shape.counts() && (count != null || open != null)) {
            synchronized (lock) {
                countAndReserve(orders, notionals);
            }
        }
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

    /** Checks every counted limit before changing any, so a refusal leaves no partial reservation behind. */
    private void countAndReserve(List<OrderReader.Order> orders, List<BigDecimal> notionals) {
        Map<String, BigDecimal> bySymbol = new HashMap<>();
        int placed = 0;
        for (int i = 0; i < orders.size(); i++) {
            bySymbol.merge(orders.get(i).symbol(), notionals.get(i), BigDecimal::add);
            placed += orders.get(i).count();
        }
        if (open != null) {
            bySymbol.forEach(open::checkRoom);
        }
        if (count != null && !count.tryAdd(today(clock), placed, maxOrders)) {
            throw new TradingLimitExceededException("the limit of " + maxOrders + " orders per UTC day would be passed by "
                    + placed + " more; nothing was signed until 00:00 UTC");
        }
        if (open != null) {
            bySymbol.forEach(open::reserve);
        }
    }

    /**
     * Reports that {@code notional} of {@code symbol} is no longer open (an order filled, cancelled, expired or was
     * rejected), making room under the open-notional limit. No effect without that limit.
     *
     * @throws IllegalArgumentException if {@code notional} is not above zero or out of bounds
     */
    public void release(String symbol, BigDecimal notional) {
        Decimals.configured("released notional", notional);
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
        private Path stateFile;
        private BigDecimal maxOpenNotional;

        private Builder() {}

        /** Refuses orders worth more than this, in the quote asset (USD for COIN-M). */
        public Builder maxNotionalPerOrder(BigDecimal max) {
            this.maxNotional = Decimals.configured("maxNotionalPerOrder", max);
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

        /** The limits. */
        public TradingLimits build() {
            return new TradingLimits(this);
        }
    }
}
