package dev.signet.binance.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.testing.LimitHammer;
import dev.signet.binance.testing.ProcessHammer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Separate JVM processes on one state file (a restart overlapping the old process, two bots on one key), some killed
 * with {@code kill -9} mid-run: together they sign no more than the limit, and the survivors take the count to exactly
 * the limit, also when the lock file is deleted and recreated while they run. {@code -Pstress} runs more processes,
 * threads and kills on a larger limit.
 */
class FileLimitStoreProcessTest {
    private static final boolean STRESS = Boolean.getBoolean("signet.stress.limits");
    @TempDir
    Path dir;

    @Test
    void processesSharingAStateFileNeverPassTheLimitWhenSomeAreKilled() throws Exception {
        int processes = STRESS ? 8 : 4;
        int threads = STRESS ? 4 : 2;
        int limit = STRESS ? 3000 : 150;
        int kills = STRESS ? 3 : 1;
        Path state = dir.resolve("orders.state");

        try (ProcessHammer hammer = ProcessHammer.start(FileHammer.class, List.of(state.toString(), String.valueOf(limit),
                String.valueOf(threads)), processes, dir)) {
            for (int k = 0; k < kills; k++) {
                hammer.awaitSigned(limit * (k + 1) / (kills + 2), Duration.ofSeconds(120));
                hammer.kill(k);
            }
            hammer.awaitSurvivors(Duration.ofSeconds(300));

            int counted = FileLimitStore.open(state).ordersOn(LocalDate.ofInstant(LimitHammer.NOW, ZoneOffset.UTC));
            assertThat(counted).as("orders counted in the state file").isEqualTo(limit);
            assertThat(hammer.signed()).as("orders signed by all processes together").isLessThanOrEqualTo(limit)
                    .isGreaterThanOrEqualTo(limit - hammer.dangling());
            assertThat(hammer.errors()).as("attempts the store could not answer").isZero();
        }
    }

    @Test
    void processesSharingAStateFileNeverPassTheLimitWhileTheLockFileIsReplaced() throws Exception {
        int processes = STRESS ? 8 : 4;
        int threads = STRESS ? 4 : 2;
        int limit = STRESS ? 3000 : 300;
        Path state = dir.resolve("orders.state");
        Path lock = dir.resolve("orders.state.lock");
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger replaced = new AtomicInteger();
        Thread replacer = new Thread(() -> {
            while (running.get()) {
                try {
                    Files.deleteIfExists(lock);
                    Files.createFile(lock, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    replaced.incrementAndGet();
                    Thread.sleep(1);
                } catch (FileAlreadyExistsException recreatedByAStore) {
                    // a store created it between the delete and the create
                } catch (Exception e) {
                    return;
                }
            }
        });

        try (ProcessHammer hammer = ProcessHammer.start(FileHammer.class, List.of(state.toString(), String.valueOf(limit),
                String.valueOf(threads)), processes, dir)) {
            replacer.start();
            try {
                hammer.awaitSurvivors(Duration.ofSeconds(300));
            } finally {
                running.set(false);
                replacer.join();
            }

            assertThat(replaced.get()).as("lock files replaced during the run").isPositive();
            int counted = FileLimitStore.open(state).ordersOn(LocalDate.ofInstant(LimitHammer.NOW, ZoneOffset.UTC));
            assertThat(counted).as("orders counted in the state file").isEqualTo(limit);
            assertThat(hammer.signed()).as("orders signed by all processes together").isEqualTo(limit);
        }
    }
}
