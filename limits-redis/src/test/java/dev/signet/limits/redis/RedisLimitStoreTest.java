package dev.signet.limits.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.guard.LimitStoreException;
import dev.signet.binance.guard.Reservation;
import dev.signet.binance.guard.TradingLimitExceededException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.RedisClient;

class RedisLimitStoreTest {
    private static final LocalDate NOV_24 = LocalDate.of(2026, 11, 24);
    private static final BigDecimal NO_OPEN_LIMIT = null;
    @TempDir
    Path dir;
    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    private <T extends AutoCloseable> T open(T closeable) {
        opened.add(closeable);
        return closeable;
    }

    private RedisLimitStore store(RedisServer server) {
        return open(RedisLimitStore.builder().host("127.0.0.1").port(server.port()).namespace("test")
                .timeout(Duration.ofMillis(500)).build());
    }

    private RedisClient raw(RedisServer server) {
        return open(RedisClient.create("127.0.0.1", server.port()));
    }

    private static Reservation orders(LocalDate day, int orders, int max) {
        return Reservation.of(day, orders, max, NO_OPEN_LIMIT, Map.of());
    }

    private static Reservation notional(String symbol, String notional, String max) {
        return Reservation.of(NOV_24, 1, Reservation.UNLIMITED, new BigDecimal(max), Map.of(symbol, new BigDecimal(notional)));
    }

    @Test
    void threadsOfTwoBotsRacingOnOneLimitReserveExactlyIt() throws Exception {
        RedisServer server = open(RedisServer.ephemeral(dir));
        List<RedisLimitStore> bots = List.of(store(server), store(server));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            RedisLimitStore bot = bots.get(t % 2);
            results.add(pool.submit(() -> {
                start.await();
                int reserved = 0;
                for (int i = 0; i < 20; i++) {
                    try {
                        bot.reserve(orders(NOV_24, 1, 100));
                        reserved++;
                    } catch (TradingLimitExceededException refused) {
                        // the shared limit is reached
                    }
                }
                return reserved;
            }));
        }
        start.countDown();
        int reserved = 0;
        for (Future<Integer> r : results) {
            reserved += r.get();
        }
        pool.shutdown();

        assertThat(reserved).isEqualTo(100);
        assertThat(bots.get(1).ordersOn(NOV_24)).isEqualTo(100);
    }

    @Test
    void aRefusedReservationChangesNothing() throws Exception {
        RedisLimitStore store = store(open(RedisServer.ephemeral(dir)));
        Reservation two = Reservation.of(NOV_24, 2, 3, new BigDecimal("100"), Map.of("BTCUSDT", new BigDecimal("60"),
                "ETHUSDT", new BigDecimal("30")));
        store.reserve(two);

        assertThatThrownBy(() -> store.reserve(two)).isInstanceOf(TradingLimitExceededException.class)
                .hasMessageContaining("open notional on BTCUSDT would be 120");
        assertThatThrownBy(() -> store.reserve(Reservation.of(NOV_24, 2, 3, new BigDecimal("100"), Map.of("ETHUSDT", BigDecimal.TEN))))
                .isInstanceOf(TradingLimitExceededException.class).hasMessageContaining("2 counted today");
        assertThat(store.ordersOn(NOV_24)).isEqualTo(2);
        assertThat(store.openNotional("BTCUSDT")).isEqualByComparingTo("60");
        assertThat(store.openNotional("ETHUSDT")).isEqualByComparingTo("30");
    }

    @Test
    void openNotionalIsAddedAndReleasedExactlyLikeBigDecimal() throws Exception {
        RedisLimitStore store = store(open(RedisServer.ephemeral(dir)));
        Random random = new Random(20);
        BigDecimal max = new BigDecimal("99999999999999999999.99999999999999999999");
        BigDecimal model = BigDecimal.ZERO;
        for (int i = 0; i < 300; i++) {
            BigDecimal amount = new BigDecimal(random.nextInt(1_000_000_000)).movePointLeft(random.nextInt(30))
                    .add(BigDecimal.ONE.movePointLeft(40 - random.nextInt(5)));
            if (random.nextInt(3) == 0) {
                store.release("BTCUSDT", amount);
                model = model.subtract(amount).max(BigDecimal.ZERO);
            } else if (model.add(amount).compareTo(max) <= 0) {
                store.reserve(Reservation.of(NOV_24, 1, Reservation.UNLIMITED, max, Map.of("BTCUSDT", amount)));
                model = model.add(amount);
            }
            assertThat(store.openNotional("BTCUSDT")).as("after step %d", i).isEqualByComparingTo(model);
        }
        assertThatThrownBy(() -> store.reserve(notional("BTCUSDT", "99999999999999999999.99999999999999999999", "99999999999999999999.99999999999999999999")))
                .isInstanceOf(TradingLimitExceededException.class);
    }

    @Test
    void aLaterDayStartsANewCountAndAClockSteppedBackCountsOnTheLaterDay() throws Exception {
        RedisServer server = open(RedisServer.ephemeral(dir));
        RedisLimitStore store = store(server);
        store.reserve(orders(NOV_24, 1, 1));

        assertThatThrownBy(() -> store.reserve(orders(NOV_24.minusDays(1), 1, 1))).isInstanceOf(TradingLimitExceededException.class);
        assertThat(store.ordersOn(NOV_24.minusDays(1))).isEqualTo(1);
        store.reserve(orders(NOV_24.plusDays(1), 1, 1));
        assertThat(store.ordersOn(NOV_24)).as("the later day's count").isEqualTo(1);
        assertThatThrownBy(() -> store.ordersOn(NOV_24.minusDays(1))).isInstanceOf(LimitStoreException.class)
                .hasMessageContaining("2026-11-25").hasMessageContaining("fix this host's clock");
        long ttl = raw(server).ttl("signet:limits:{test}:orders:" + NOV_24.plusDays(1).toEpochDay());
        assertThat(ttl).as("seconds the day's count lives").isBetween(3 * 86400L - 60, 3 * 86400L);
    }

    @Test
    void aStoppedServerRefusesEveryStepAndARestartedOneRecovers() throws Exception {
        RedisServer server = open(RedisServer.persistent(dir));
        RedisLimitStore store = store(server);
        store.reserve(orders(NOV_24, 3, 10));
        server.kill();

        long started = System.nanoTime();
        assertThatThrownBy(() -> store.reserve(orders(NOV_24, 1, 10))).isInstanceOf(LimitStoreException.class)
                .hasMessageContaining("127.0.0.1:" + server.port()).hasMessageContaining("did not answer");
        assertThatThrownBy(() -> store.ordersOn(NOV_24)).isInstanceOf(LimitStoreException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        server.restart();

        store.reserve(orders(NOV_24, 1, 10));
        assertThat(store.ordersOn(NOV_24)).isEqualTo(4);
    }

    @Test
    void aServerThatStopsAnsweringTimesOutAndIsUsedAgainWhenItAnswers() throws Exception {
        RedisServer server = open(RedisServer.ephemeral(dir));
        RedisLimitStore store = store(server);
        store.reserve(orders(NOV_24, 1, 10));
        server.freeze();

        long started = System.nanoTime();
        assertThatThrownBy(() -> store.reserve(orders(NOV_24, 1, 10))).isInstanceOf(LimitStoreException.class)
                .hasMessageContaining("did not answer");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(400), Duration.ofSeconds(5));
        server.thaw();

        store.reserve(orders(NOV_24, 1, 10));
        assertThat(store.ordersOn(NOV_24)).as("the timed-out step may have counted, never the reverse").isBetween(2, 3);
    }

    @Test
    void aServerThatLostItsStateRefusesEveryClientUntilTheMarkIsDeleted() throws Exception {
        RedisServer server = open(RedisServer.ephemeral(dir));
        RedisLimitStore seen = store(server);
        seen.reserve(orders(NOV_24, 5, 5));
        server.kill();
        server.restart();
        RedisLimitStore fresh = store(server);
        fresh.reserve(orders(NOV_24, 1, 5));
        assertThatThrownBy(() -> seen.reserve(orders(NOV_24, 1, 5))).as("its idle connection died with the server")
                .isInstanceOf(LimitStoreException.class).hasMessageContaining("did not answer");

        assertThatThrownBy(() -> seen.reserve(orders(NOV_24, 1, 5))).isInstanceOf(LimitStoreException.class)
                .hasMessageContaining("lost its trading-limit state").hasMessageContaining("redis-cli DEL 'signet:limits:{test}:lost'");
        assertThatThrownBy(() -> fresh.reserve(orders(NOV_24, 1, 5))).isInstanceOf(LimitStoreException.class)
                .hasMessageContaining("lost");
        assertThatThrownBy(() -> store(server).ordersOn(NOV_24)).isInstanceOf(LimitStoreException.class).hasMessageContaining("lost");
        raw(server).del("signet:limits:{test}:lost");

        seen.reserve(orders(NOV_24, 1, 5));
        fresh.reserve(orders(NOV_24, 1, 5));
        assertThat(store(server).ordersOn(NOV_24)).isEqualTo(3);
    }

    @Test
    void aServerThatForgotTheScriptGetsItAgain() throws Exception {
        RedisServer server = open(RedisServer.ephemeral(dir));
        RedisLimitStore store = store(server);
        store.reserve(orders(NOV_24, 1, 10));
        raw(server).scriptFlush();

        store.reserve(orders(NOV_24, 1, 10));
        assertThat(store.ordersOn(NOV_24)).isEqualTo(2);
    }

    @Test
    void valuesSignetDidNotWriteAreRefused() throws Exception {
        RedisServer server = open(RedisServer.ephemeral(dir));
        RedisLimitStore store = store(server);
        store.reserve(notional("BTCUSDT", "1", "10"));
        raw(server).set("signet:limits:{test}:orders:" + NOV_24.toEpochDay(), "-5");
        assertThatThrownBy(() -> store.reserve(orders(NOV_24, 1, 10))).isInstanceOf(LimitStoreException.class)
                .hasMessageContaining("malformed count");
        raw(server).del("signet:limits:{test}:orders:" + NOV_24.toEpochDay());
        raw(server).hset("signet:limits:{test}:open", "BTCUSDT", "1e5");

        assertThatThrownBy(() -> store.reserve(notional("BTCUSDT", "1", "10"))).isInstanceOf(LimitStoreException.class)
                .hasMessageContaining("malformed open notional of BTCUSDT");
    }

    @Test
    void aServerThatCannotBeReachedFailsAtBuild() throws Exception {
        RedisServer server = open(RedisServer.ephemeral(dir));
        server.kill();

        assertThatThrownBy(() -> store(server)).isInstanceOf(LimitStoreException.class).hasMessageContaining("did not answer");
    }
}
