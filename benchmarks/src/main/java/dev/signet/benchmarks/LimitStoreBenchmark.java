package dev.signet.benchmarks;

import dev.signet.binance.guard.FileLimitStore;
import dev.signet.binance.guard.Reservation;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.SigningKey;
import dev.signet.limits.redis.RedisLimitStore;
import dev.signet.signing.hmac.HmacSha256Signer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What a bot pays per order for its trading limits: one check-and-reserve of one order (the day's count and 100 of
 * open notional on one symbol) in each {@link dev.signet.binance.guard.LimitStore}, next to the HMAC signature of the
 * order. {@code fileStore}: {@link FileLimitStore} in a fresh folder under {@code java.io.tmpdir} (lock, read, write a
 * temp file, two fsyncs, rename), so it measures that disk. {@code redisStore}: {@link RedisLimitStore} on a
 * {@code redis-server} this benchmark starts on a free loopback port, without persistence or with
 * {@code appendfsync always} (an fsync per reservation, what keeps counts across a restart).
 */
@Fork(jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LimitStoreBenchmark {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final Reservation ORDER = Reservation.of(DAY, 1, Reservation.UNLIMITED, new BigDecimal("1000000000000"),
            Map.of("LTCBTC", new BigDecimal("100")));

    /** HMAC of the order query, for scale. */
    @State(Scope.Benchmark)
    public static class Hmac {
        HmacSha256Signer signer;

        @Setup
        public void setUp() {
            byte[] key = new byte[64];
            new Random(1).nextBytes(key);
            signer = HmacSha256Signer.create(SigningKey.hmacSha256(InsecureSecretAccess.secretFromBytes(key)));
        }
    }

    /** A state file in a fresh folder. */
    @State(Scope.Benchmark)
    public static class File {
        Path folder;
        FileLimitStore store;

        @Setup
        public void setUp() throws IOException {
            folder = Files.createTempDirectory("signet-limits");
            store = FileLimitStore.open(folder.resolve("orders.state"));
        }

        @TearDown
        public void tearDown() throws IOException {
            deleteTree(folder);
        }
    }

    /** A redis-server of the benchmark's own. */
    @State(Scope.Benchmark)
    public static class Redis {
        @Param({"none", "appendfsync-always"})
        public String persistence;

        Path folder;
        Process server;
        RedisLimitStore store;

        @Setup
        public void setUp() throws Exception {
            folder = Files.createTempDirectory("signet-redis");
            int port;
            try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = free.getLocalPort();
            }
            List<String> durable = persistence.equals("none") ? List.of("--appendonly", "no")
                    : List.of("--appendonly", "yes", "--appendfsync", "always");
            List<String> command = new ArrayList<>(List.of("redis-server", "--port", String.valueOf(port), "--bind",
                    "127.0.0.1", "--dir", folder.toString(), "--save", ""));
            command.addAll(durable);
            server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(folder.resolve("redis.log").toFile()).start();
            awaitListening(port);
            store = RedisLimitStore.builder().host("127.0.0.1").port(port).namespace("benchmark").build();
        }

        @TearDown
        public void tearDown() throws Exception {
            store.close();
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
            deleteTree(folder);
        }

        private void awaitListening(int port) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                    return;
                } catch (IOException notYet) {
                    Thread.sleep(20);
                }
            }
            throw new IllegalStateException("redis-server did not start; is it installed? See " + folder.resolve("redis.log"));
        }
    }

    /** The HMAC signature of the order query (hex String), the cost the limits are compared with. */
    @Benchmark
    public String hmacSign(Hmac hmac) {
        return hmac.signer.signToString(Payloads.ORDER_QUERY);
    }

    /** One check-and-reserve in the local file store. */
    @Benchmark
    public void fileStore(File file) {
        file.store.reserve(ORDER);
    }

    /** One check-and-reserve in the Redis store on loopback: one EVALSHA round trip. */
    @Benchmark
    public void redisStore(Redis redis) {
        redis.store.reserve(ORDER);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
