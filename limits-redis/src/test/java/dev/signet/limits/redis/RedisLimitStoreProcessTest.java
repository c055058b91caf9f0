package dev.signet.limits.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.testing.LimitHammer;
import dev.signet.binance.testing.ProcessHammer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Separate JVM processes, each with several threads, sign against one limit on one Redis: exactly the limit is signed,
 * and a server killed mid-run signs nothing while it is down and nothing over the limit once restarted.
 * {@code -Pstress} runs more processes and threads on a larger limit.
 */
class RedisLimitStoreProcessTest {
    private static final boolean STRESS = Boolean.getBoolean("signet.stress.limits");
    private static final LocalDate DAY = LocalDate.ofInstant(LimitHammer.NOW, ZoneOffset.UTC);
    private static final int PROCESSES = STRESS ? 6 : 3;
    private static final int THREADS = STRESS ? 8 : 3;
    @TempDir
    Path dir;

    private static ProcessHammer hammer(RedisServer server, int limit, Path logs) throws Exception {
        return ProcessHammer.start(RedisHammer.class, List.of(String.valueOf(server.port()), "fleet", String.valueOf(limit),
                String.valueOf(THREADS)), PROCESSES, logs);
    }

    private static int counted(RedisServer server) {
        try (RedisLimitStore store = RedisLimitStore.builder().host("127.0.0.1").port(server.port()).namespace("fleet").build()) {
            return store.ordersOn(DAY);
        }
    }

    @Test
    void processesAndThreadsOnOneRedisSignExactlyTheLimit() throws Exception {
        int limit = STRESS ? 20_000 : 300;
        try (RedisServer server = RedisServer.ephemeral(dir.resolve("redis")); ProcessHammer hammer = hammer(server, limit, dir)) {
            hammer.awaitSurvivors(Duration.ofSeconds(300));

            assertThat(hammer.signed()).isEqualTo(limit);
            assertThat(counted(server)).isEqualTo(limit);
            assertThat(hammer.errors()).isZero();
        }
    }

    @Test
    void aServerKilledMidRunSignsNothingWhileDownAndNothingOverTheLimitOnceRestarted() throws Exception {
        int limit = STRESS ? 5_000 : 300;
        try (RedisServer server = RedisServer.persistent(dir.resolve("redis")); ProcessHammer hammer = hammer(server, limit, dir)) {
            hammer.awaitSigned(limit / 3, Duration.ofSeconds(120));
            server.kill();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (hammer.errors() < PROCESSES * THREADS) {
                assertThat(System.nanoTime()).as("every thread saw the server gone").isLessThan(deadline);
                Thread.sleep(10);
            }
            int signedBeforeDown = hammer.signed();
            Thread.sleep(500);
            assertThat(hammer.signed()).as("orders signed while the server was down").isEqualTo(signedBeforeDown);
            server.restart();
            hammer.awaitSurvivors(Duration.ofSeconds(300));

            assertThat(counted(server)).as("the count after the restart").isEqualTo(limit);
            assertThat(hammer.signed()).as("signed; orders in flight when the server died may be counted, never signed")
                    .isLessThanOrEqualTo(limit).isGreaterThanOrEqualTo(limit - PROCESSES * THREADS);
        }
    }
}
