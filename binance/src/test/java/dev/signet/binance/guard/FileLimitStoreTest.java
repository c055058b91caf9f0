package dev.signet.binance.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.BinanceRequest;
import dev.signet.core.Hex;
import dev.signet.credentials.FileRules;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileLimitStoreTest {
    private static final Clock NOV_24 = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    private static final BinanceRequest ORDER = BinanceRequest.post("/api/v3/order").param("symbol", "BTCUSDT").param("side", "BUY")
            .param("type", "LIMIT").param("quantity", "1").param("price", "1").build();
    @TempDir
    Path dir;

    private static TradingLimits limits(Path state, int max) {
        return TradingLimits.builder().maxOrdersPerUtcDay(max, state).clock(NOV_24).build();
    }

    private static void writeOwnerOnly(Path file, String text) throws Exception {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void theStateFileHoldsTheDayTheCountAndTheOpenNotionalAsDocumented() throws Exception {
        Path state = dir.resolve("orders.state");
        TradingLimits limits = TradingLimits.builder().maxOrdersPerUtcDay(5, state).maxOpenNotionalPerSymbol(new BigDecimal("100"))
                .clock(NOV_24).build();
        limits.check(ORDER);
        limits.check(BinanceRequest.post("/api/v3/order").param("symbol", "ETHUSDT").param("side", "BUY").param("type", "LIMIT")
                .param("quantity", "0.5").param("price", "1.000").build());

        assertThat(Files.readString(state)).isEqualTo("version=1\nday=2026-11-24\ncount=2\nopen.BTCUSDT=1\nopen.ETHUSDT=0.5\n");
        assertThat(Files.getPosixFilePermissions(state)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(dir.resolve("orders.state.lock"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(dir.resolve("orders.state.tmp")).doesNotExist();
    }

    @Test
    void aForgedNegativeCountIsRefusedNotObeyed() throws Exception {
        Path state = dir.resolve("orders.state");
        limits(state, 3).check(ORDER);
        writeOwnerOnly(state, Files.readString(state).replace("count=1", "count=-1000000"));

        assertThatThrownBy(() -> limits(state, 3)).isInstanceOf(LimitStoreException.class).hasMessageContaining("corrupt")
                .hasMessageContaining("never negative");
    }

    /** The probe from issue #20: the old format's unkeyed checksum recomputed over a forged count, owner-only or not. */
    @ParameterizedTest
    @ValueSource(strings = {"rw-rw-rw-", "rw-------"})
    void aForgedCountWithARecomputedChecksumIsRefused(String mode) throws Exception {
        Path state = dir.resolve("orders.state");
        String body = "day=2026-11-24\ncount=-1000000";
        String checksum = Hex.encode(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        Files.writeString(state, body + "\nsha256=" + checksum);
        Files.setPosixFilePermissions(state, PosixFilePermissions.fromString(mode));

        assertThatThrownBy(() -> limits(state, 3).check(ORDER)).isInstanceOf(LimitStoreException.class)
                .hasMessageContaining(state.toString());
    }

    @Test
    void aStateFileOthersMayWriteIsRefused() throws Exception {
        Path state = dir.resolve("orders.state");
        TradingLimits limits = limits(state, 3);
        limits.check(ORDER);
        Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rw-rw-rw-"));

        assertThatThrownBy(() -> limits.check(ORDER)).isInstanceOf(LimitStoreException.class).hasMessageContaining("chmod 600");
        assertThatThrownBy(() -> limits(state, 3)).isInstanceOf(LimitStoreException.class).hasMessageContaining("mode 0666");
    }

    @Test
    void aStateFileOwnedByAnotherUserIsRefused() throws Exception {
        Path state = dir.resolve("orders.state");
        limits(state, 3).check(ORDER);

        assertThatThrownBy(() -> FileLimitStore.open(state, FileRules.expectingOwner("signet-nobody")))
                .isInstanceOf(LimitStoreException.class).hasMessageContaining("owned by");
    }

    @Test
    void aFolderOthersMayWriteIsRefusedAtBuild() throws Exception {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThatThrownBy(() -> limits(shared.resolve("orders.state"), 3)).isInstanceOf(LimitStoreException.class)
                .hasMessageContaining("shared").hasMessageContaining("other users can write");
    }

    @Test
    void aMissingFolderFailsAtBuildNotAtTheFirstOrder() {
        assertThatThrownBy(() -> limits(dir.resolve("missing").resolve("orders.state"), 3)).isInstanceOf(LimitStoreException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void aLinkPlantedAtTheTempNameIsReplacedNotFollowed() throws Exception {
        Path victim = dir.resolve("victim");
        writeOwnerOnly(victim, "precious\n");
        Path state = dir.resolve("orders.state");
        TradingLimits limits = limits(state, 3);
        Files.createSymbolicLink(dir.resolve("orders.state.tmp"), victim);

        limits.check(ORDER);

        assertThat(Files.readString(victim)).isEqualTo("precious\n");
        assertThat(Files.isRegularFile(state, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(limits.ordersToday()).isEqualTo(1);
    }

    @Test
    void aStateFileThatIsALinkIsRefused() throws Exception {
        Path real = dir.resolve("real.state");
        limits(real, 3).check(ORDER);
        Path state = Files.createSymbolicLink(dir.resolve("orders.state"), real);

        assertThatThrownBy(() -> limits(state, 3)).isInstanceOf(LimitStoreException.class)
                .hasMessageContaining(state.toString()).hasMessageContaining("symbolic link").hasMessageContaining(real.toString());
    }

    @Test
    void aStateFileWithASecondNameIsRefused() throws Exception {
        Path state = dir.resolve("orders.state");
        TradingLimits limits = limits(state, 3);
        limits.check(ORDER);
        Files.createLink(dir.resolve("other.state"), state); // bots naming other.state would lock other.state.lock

        assertThatThrownBy(() -> limits.check(ORDER)).isInstanceOf(LimitStoreException.class).hasMessageContaining("hard link");
    }

    @Test
    void aLockFileThatIsALinkIsRefused() throws Exception {
        Path state = dir.resolve("orders.state");
        Path elsewhere = dir.resolve("elsewhere.lock");
        writeOwnerOnly(elsewhere, "");
        Files.createSymbolicLink(dir.resolve("orders.state.lock"), elsewhere);

        assertThatThrownBy(() -> limits(state, 3)).isInstanceOf(LimitStoreException.class)
                .hasMessageContaining("orders.state.lock").hasMessageContaining("symbolic link");
    }

    @Test
    void aLockFileMadeALinkWhileRunningRefusesTheNextOrder() throws Exception {
        Path state = dir.resolve("orders.state");
        TradingLimits limits = limits(state, 3);
        limits.check(ORDER);
        Path lock = dir.resolve("orders.state.lock");
        Path elsewhere = dir.resolve("elsewhere.lock");
        writeOwnerOnly(elsewhere, "");
        Files.delete(lock);
        Files.createSymbolicLink(lock, elsewhere);

        assertThatThrownBy(() -> limits.check(ORDER)).isInstanceOf(LimitStoreException.class).hasMessageContaining("symbolic link");
        assertThat(limits.ordersToday()).isEqualTo(1);
    }

    @Test
    void aDiskErrorIsAStoreFailureNotALimitRefusal() throws Exception {
        Path state = dir.resolve("orders.state");
        TradingLimits limits = limits(state, 3);
        Files.createDirectories(dir.resolve("orders.state.tmp").resolve("in-the-way"));

        assertThatThrownBy(() -> limits.check(ORDER)).isInstanceOf(LimitStoreException.class)
                .isNotInstanceOf(TradingLimitExceededException.class).hasMessageContaining("orders.state");
        assertThat(limits.ordersToday()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "version=1\nday=2026-11-24\ncount=1", "version=2\nday=2026-11-24\ncount=1\n",
            "version=1\ncount=1\nday=2026-11-24\n", "version=1\nday=2026-11-31\ncount=1\n", "version=1\nday=2026-11-24\ncount=01\n",
            "version=1\nday=2026-11-24\ncount=2147483648\n", "version=1\nday=2026-11-24\ncount=1\nopen.btcusdt=1\n",
            "version=1\nday=2026-11-24\ncount=1\nopen.BTCUSDT=0\n", "version=1\nday=2026-11-24\ncount=1\nopen.BTCUSDT=1.50\n",
            "version=1\nday=2026-11-24\ncount=1\nopen.BTCUSDT=1E+3\n", "version=1\nday=2026-11-24\ncount=1\nopen.BTCUSDT=-1\n",
            "version=1\nday=2026-11-24\ncount=1\nopen.ETHUSDT=1\nopen.BTCUSDT=1\n", "version=1\nday=2026-11-24\ncount=1\n\n",
            "version=1\nday=2026-11-24\ncount=1\nsha256=00\n", "version=1\r\nday=2026-11-24\r\ncount=1\r\n"})
    void aStateFileThatIsNotExactlyWhatTheStoreWritesIsRefused(String text) throws Exception {
        Path state = dir.resolve("orders.state");
        writeOwnerOnly(state, text);

        assertThatThrownBy(() -> FileLimitStore.open(state)).isInstanceOf(LimitStoreException.class).hasMessageContaining("corrupt")
                .hasMessageContaining(state.toString());
    }

    @Test
    void anOversizedStateFileIsRefusedWithoutReadingItAll() throws Exception {
        Path state = dir.resolve("orders.state");
        writeOwnerOnly(state, "version=1\nday=2026-11-24\ncount=1\n" + "x".repeat(StateFile.MAX_BYTES));

        assertThatThrownBy(() -> FileLimitStore.open(state)).isInstanceOf(LimitStoreException.class).hasMessageContaining("64 KiB");
    }

    @Test
    void aStateFileThatIsAFolderIsRefused() throws Exception {
        Path state = Files.createDirectory(dir.resolve("orders.state"));

        assertThatThrownBy(() -> FileLimitStore.open(state)).isInstanceOf(LimitStoreException.class)
                .hasMessageContaining("not a regular file");
    }

    @Test
    void aStateMoreThanADayAheadOfTheClockIsRefused() throws Exception {
        Path state = dir.resolve("orders.state");
        writeOwnerOnly(state, "version=1\nday=2026-11-26\ncount=0\n");

        assertThatThrownBy(() -> limits(state, 3)).isInstanceOf(LimitStoreException.class).hasMessageContaining("2026-11-26")
                .hasMessageContaining("more than a day after");
    }

    @Test
    void aCountAboveTheLimitRefusesEveryOrderAsTheLimitReached() throws Exception {
        Path state = dir.resolve("orders.state");
        writeOwnerOnly(state, "version=1\nday=2026-11-24\ncount=150\n");
        TradingLimits lowered = limits(state, 100);

        assertThatThrownBy(() -> lowered.check(ORDER)).isInstanceOf(TradingLimitExceededException.class)
                .hasMessageContaining("150 counted today");
        assertThat(lowered.ordersToday()).isEqualTo(150);
    }

    @Test
    void aRefusedOrderLeavesTheStateFileUntouched() throws Exception {
        Path state = dir.resolve("orders.state");
        TradingLimits limits = limits(state, 1);
        limits.check(ORDER);
        String before = Files.readString(state);
        Object inode = Files.readAttributes(state, BasicFileAttributes.class).fileKey();

        assertThatThrownBy(() -> limits.check(ORDER)).isInstanceOf(TradingLimitExceededException.class);

        assertThat(Files.readString(state)).isEqualTo(before);
        assertThat(Files.readAttributes(state, BasicFileAttributes.class).fileKey()).isEqualTo(inode);
    }

    @Test
    void twoInstancesOnOneFileInOneProcessShareOneCount() throws Exception {
        Path state = dir.resolve("orders.state");
        List<TradingLimits> instances = List.of(limits(state, 40), limits(state, 40));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            TradingLimits limits = instances.get(t % 2);
            results.add(pool.submit(() -> {
                start.await();
                int passed = 0;
                for (int i = 0; i < 10; i++) {
                    try {
                        limits.check(ORDER);
                        passed++;
                    } catch (TradingLimitExceededException refused) {
                        // the shared limit is reached
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

        assertThat(passed).isEqualTo(40);
        assertThat(instances.get(0).ordersToday()).isEqualTo(40);
    }

    @Test
    void openNotionalIsSharedThroughTheFileAndOutlivesARestart() {
        Path state = dir.resolve("orders.state");
        TradingLimits.Builder config = TradingLimits.builder().maxOrdersPerUtcDay(10, state).maxOpenNotionalPerSymbol(new BigDecimal("1.5"))
                .clock(NOV_24);
        TradingLimits one = config.build();
        TradingLimits other = config.build();
        one.check(ORDER);

        assertThatThrownBy(() -> other.check(ORDER)).isInstanceOf(TradingLimitExceededException.class)
                .hasMessageContaining("open notional on BTCUSDT would be 2");
        other.release("btcusdt", new BigDecimal("0.5"));
        assertThat(one.openNotional("BTCUSDT")).isEqualByComparingTo("0.5");
        assertThat(config.build().openNotional("BTCUSDT")).isEqualByComparingTo("0.5");
    }
}
