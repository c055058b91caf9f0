package dev.signet.binance.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.BinanceRequest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TradingLimitsTest {
    private static final Clock NOV_24 = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;

    private static BinanceRequest order(String symbol, String quantity, String price) {
        BinanceRequest.Builder b = BinanceRequest.post("/api/v3/order").param("symbol", symbol).param("side", "BUY").param("quantity", quantity);
        return (price == null ? b.param("type", "MARKET") : b.param("type", "LIMIT").param("price", price)).build();
    }

    /** Starts 16 threads at once, each checking ten identical orders; returns how many passed. */
    private static int sixteenThreadsSendTenOrdersEach(TradingLimits limits, String quantity, String price) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            results.add(pool.submit(() -> {
                start.await();
                int passed = 0;
                for (int i = 0; i < 10; i++) {
                    try {
                        limits.check(order("BTCUSDT", quantity, price));
                        passed++;
                    } catch (TradingLimitExceededException refused) {
                        // expected once the limit is reached
                    }
                }
                return passed;
            }));
        }
        start.countDown();
        int passed = 0;
        for (Future<Integer> r : results) {
            passed += r.get();
        }
        pool.shutdown();
        return passed;
    }

    @Test
    void notionalSymbolAndMarketOrderRules() {
        TradingLimits limits = TradingLimits.builder().maxNotionalPerOrder(new BigDecimal("100")).allowedSymbols(Set.of("btcusdt")).build();
        limits.check(order("BTCUSDT", "0.001", "50000"));
        assertThatThrownBy(() -> limits.check(order("BTCUSDT", "0.01", "50000"))).isInstanceOf(TradingLimitExceededException.class)
                .hasMessageContaining("500").hasMessageContaining("100");
        assertThatThrownBy(() -> limits.check(order("DOGEUSDT", "1", "0.1"))).hasMessageContaining("allow-list");
        assertThatThrownBy(() -> limits.check(order("BTCUSDT", "0.001", null))).hasMessageContaining("referencePrice");
        TradingLimits withPrices = TradingLimits.builder().maxNotionalPerOrder(new BigDecimal("100"))
                .referencePrice(s -> Optional.of(new BigDecimal("50000"))).build();
        withPrices.check(order("BTCUSDT", "0.001", null));
        assertThatThrownBy(() -> withPrices.check(BinanceRequest.post("/api/v3/order").param("symbol", "BTCUSDT")
                .param("quoteOrderQty", "150").build())).hasMessageContaining("150");
        withPrices.check(BinanceRequest.get("/api/v3/account").build());
    }

    @Test
    void exactlyNOrdersPassWhenSixteenThreadsRace() throws Exception {
        TradingLimits limits = TradingLimits.builder().maxOrdersPerUtcDay(50, dir.resolve("orders.state")).clock(NOV_24).build();
        int passed = sixteenThreadsSendTenOrdersEach(limits, "1", "1");
        assertThat(passed).isEqualTo(50);
        assertThat(limits.ordersToday()).isEqualTo(50);
    }

    @Test
    void openNotionalIsHeldPerSymbolUntilReleased() {
        TradingLimits limits = TradingLimits.builder().maxOpenNotionalPerSymbol(new BigDecimal("1000")).build();
        limits.check(order("BTCUSDT", "0.01", "50000"));
        limits.check(order("btcusdt", "0.01", "50000"));
        assertThat(limits.openNotional("BTCUSDT")).isEqualByComparingTo("1000");
        assertThatThrownBy(() -> limits.check(order("BTCUSDT", "1", "1"))).isInstanceOf(TradingLimitExceededException.class)
                .hasMessageContaining("open notional on BTCUSDT would be 1001").hasMessageContaining("release");
        limits.check(order("ETHUSDT", "0.2", "3000"));
        limits.release("btcusdt", new BigDecimal("500"));
        assertThat(limits.openNotional("BTCUSDT")).isEqualByComparingTo("500");
        limits.check(order("BTCUSDT", "1", "1"));
        limits.release("BTCUSDT", new BigDecimal("99999"));
        assertThat(limits.openNotional("BTCUSDT")).isEqualByComparingTo("0");
        assertThat(limits.openNotional("ETHUSDT")).isEqualByComparingTo("600");
    }

    @Test
    void anOrderRefusedByTheDailyCountReservesNoOpenNotional() {
        TradingLimits limits = TradingLimits.builder().maxOpenNotionalPerSymbol(new BigDecimal("1000"))
                .maxOrdersPerUtcDay(1, dir.resolve("orders.state")).clock(NOV_24).build();
        limits.check(order("BTCUSDT", "1", "100"));
        assertThatThrownBy(() -> limits.check(order("BTCUSDT", "1", "100"))).hasMessageContaining("orders per UTC day");
        assertThat(limits.openNotional("BTCUSDT")).isEqualByComparingTo("100");
        assertThat(limits.ordersToday()).isEqualTo(1);
    }

    @Test
    void exactlyTheOpenNotionalLimitPassesWhenSixteenThreadsRace() throws Exception {
        TradingLimits limits = TradingLimits.builder().maxOpenNotionalPerSymbol(new BigDecimal("100")).build();
        int passed = sixteenThreadsSendTenOrdersEach(limits, "1", "10");
        assertThat(passed).isEqualTo(10);
        assertThat(limits.openNotional("BTCUSDT")).isEqualByComparingTo("100");
    }

    @Test
    void aRestartKeepsTheDaysCountAndANewDayResetsIt() {
        Path state = dir.resolve("orders.state");
        TradingLimits first = TradingLimits.builder().maxOrdersPerUtcDay(3, state).clock(NOV_24).build();
        first.check(order("BTCUSDT", "1", "1"));
        first.check(order("BTCUSDT", "1", "1"));
        TradingLimits restarted = TradingLimits.builder().maxOrdersPerUtcDay(3, state).clock(NOV_24).build();
        assertThat(restarted.ordersToday()).isEqualTo(2);
        restarted.check(order("BTCUSDT", "1", "1"));
        assertThatThrownBy(() -> restarted.check(order("BTCUSDT", "1", "1"))).hasMessageContaining("3 orders per UTC day");
        TradingLimits tomorrow = TradingLimits.builder().maxOrdersPerUtcDay(3, state)
                .clock(Clock.offset(NOV_24, java.time.Duration.ofDays(1))).build();
        tomorrow.check(order("BTCUSDT", "1", "1"));
        assertThat(tomorrow.ordersToday()).isEqualTo(1);
    }

    @Test
    void aDailyLimitCountsInExactlyOneStore() {
        Path state = dir.resolve("orders.state");
        assertThatThrownBy(() -> TradingLimits.builder().maxOrdersPerUtcDay(3).build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("limitStore(...)");
        assertThatThrownBy(() -> TradingLimits.builder().maxOrdersPerUtcDay(3, state).limitStore(FileLimitStore.open(state)).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not both");
        TradingLimits limits = TradingLimits.builder().maxOrdersPerUtcDay(3).limitStore(FileLimitStore.open(state)).clock(NOV_24).build();
        limits.check(order("BTCUSDT", "1", "1"));
        assertThat(TradingLimits.builder().maxOrdersPerUtcDay(3, state).clock(NOV_24).build().ordersToday()).isEqualTo(1);
    }

    @Test
    void releaseAndOpenNotionalTakeOnlySymbols() {
        TradingLimits limits = TradingLimits.builder().maxOpenNotionalPerSymbol(new BigDecimal("10")).build();
        for (String bad : List.of("", "BTC\nUSDT", "BTC=USDT", "A".repeat(33))) {
            assertThatThrownBy(() -> limits.release(bad, BigDecimal.ONE)).as(bad).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> limits.openNotional(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void eachOrderOfABatchIsCheckedAndCounted() {
        Path state = dir.resolve("orders.state");
        TradingLimits limits = TradingLimits.builder().maxNotionalPerOrder(new BigDecimal("100")).allowedSymbols(Set.of("BTCUSDT"))
                .referencePrice(symbol -> Optional.of(BigDecimal.ONE)).maxOrdersPerUtcDay(4, state).clock(NOV_24).build();
        String three = "[{\"symbol\":\"BTCUSDT\",\"quantity\":\"1\",\"price\":\"10\"},"
                + "{\"symbol\":\"BTCUSDT\",\"quantity\":\"1\",\"price\":\"20\"},{\"symbol\":\"BTCUSDT\",\"quantity\":\"1\",\"price\":\"30\"}]";

        limits.check(BinanceRequest.post("/fapi/v1/batchOrders").bodyParam("batchOrders", three).build());

        assertThat(limits.ordersToday()).isEqualTo(3);
        assertThatThrownBy(() -> limits.check(BinanceRequest.post("/fapi/v1/batchOrders").bodyParam("batchOrders", three).build()))
                .hasMessageContaining("would be passed by 3 more");
        assertThatThrownBy(() -> limits.check(BinanceRequest.post("/fapi/v1/batchOrders")
                .bodyParam("batchOrders", "[{\"symbol\":\"BTCUSDT\",\"quantity\":\"1000\",\"price\":\"1\"}]").build()))
                .hasMessageContaining("exceeds the limit");
        assertThatThrownBy(() -> limits.check(BinanceRequest.post("/fapi/v1/batchOrders")
                .bodyParam("batchOrders", "[{\"symbol\":\"DOGEUSDT\",\"quantity\":\"1\",\"price\":\"1\"}]").build()))
                .hasMessageContaining("allow-list");
        for (String malformed : List.of("not json", "{}", "[]", "[1]")) {
            assertThatThrownBy(() -> limits.check(BinanceRequest.post("/fapi/v1/batchOrders").bodyParam("batchOrders", malformed).build()))
                    .as(malformed).isInstanceOf(TradingLimitExceededException.class).hasMessageContaining("batchOrders");
        }
        assertThat(limits.ordersToday()).isEqualTo(3);
    }

    @Test
    void quantitiesAndPricesMustBeDecimalsAboveZero() {
        TradingLimits limits = TradingLimits.builder().maxNotionalPerOrder(new BigDecimal("100"))
                .maxOpenNotionalPerSymbol(new BigDecimal("100")).build();
        for (String[] qp : new String[][] {{"-1000", "1"}, {"0", "1"}, {"1", "-1"}, {"1", "0"}, {"abc", "1"}, {"1", "1e"}, {"1", "0.0"}}) {
            assertThatThrownBy(() -> limits.check(order("BTCUSDT", qp[0], qp[1]))).as(qp[0] + " @ " + qp[1])
                    .isInstanceOf(TradingLimitExceededException.class).hasMessageContaining(qp[0].equals("1") ? "price" : "quantity");
        }
        assertThatThrownBy(() -> limits.check(BinanceRequest.post("/api/v3/order").param("symbol", "BTCUSDT")
                .param("quoteOrderQty", "-5").build())).hasMessageContaining("quoteOrderQty");
        assertThatThrownBy(() -> limits.check(BinanceRequest.post("/api/v3/order").param("symbol", "BTCUSDT").param("price", "1").build()))
                .hasMessageContaining("no quantity");
        assertThat(limits.openNotional("BTCUSDT")).isZero();
    }

    @Test
    void aClockSteppingBackOverMidnightDoesNotStartANewDay() {
        Path state = dir.resolve("orders.state");
        MutableClock clock = new MutableClock(Instant.parse("2026-11-25T00:00:01Z"));
        TradingLimits limits = TradingLimits.builder().maxOrdersPerUtcDay(1, state).clock(clock).build();
        limits.check(order("BTCUSDT", "1", "1"));

        clock.now = Instant.parse("2026-11-24T23:59:59Z");
        assertThatThrownBy(() -> limits.check(order("BTCUSDT", "1", "1"))).hasMessageContaining("orders per UTC day");
        clock.now = Instant.parse("2026-11-26T00:00:00Z");
        assertThat(limits.ordersToday()).isZero();
        limits.check(order("BTCUSDT", "1", "1"));
        assertThat(limits.ordersToday()).isEqualTo(1);
    }

    @Test
    void aDailyLimitNeedsItsStateFile() {
        assertThatThrownBy(() -> TradingLimits.builder().maxOrdersPerUtcDay(1, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("stateFile");
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
