package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.SigningKey;
import dev.signet.credentials.CredentialsProvider;
import dev.signet.credentials.Environment;
import dev.signet.credentials.EnvironmentCredentialsProvider;
import dev.signet.credentials.RotatingKeyedSigner;
import dev.signet.keys.KeyFiles;
import dev.signet.keys.PrivateKeyParser;
import dev.signet.keys.SigningKeyGenerator;
import dev.signet.spi.PrivateKeyDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rotation poller cannot die: any failure keeps the old key and the next poll tries again. */
class RotationPollerTest {
    private static final String API_KEY = "rotationKeyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789"; // signet:allow test fixture
    private static final byte[] HOSTILE = "HOSTILE KEY FILE".getBytes(StandardCharsets.US_ASCII);
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    @TempDir
    Path dir;

    private Path keyFile(String name, SigningKey key) throws Exception {
        Path folder = dir.resolve(name);
        KeyFiles.writeKeyPair(key, folder, null);
        return folder.resolve(KeyFiles.PRIVATE_PEM);
    }

    private void replace(Path target, byte[] content, String mode) throws Exception {
        Path incoming = Files.write(dir.resolve("incoming"), content);
        Files.setPosixFilePermissions(incoming, PosixFilePermissions.fromString(mode));
        Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Throwable error(String kind) {
        switch (kind) {
            case "OutOfMemoryError":
                return new OutOfMemoryError("Java heap space");
            case "StackOverflowError":
                return new StackOverflowError();
            case "NoClassDefFoundError":
                return new NoClassDefFoundError("org/bouncycastle/crypto/generators/SCrypt");
            default:
                return new IllegalStateException("a bug in a decoder");
        }
    }

    private static void await(Supplier<Boolean> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.get()) {
            assertThat(System.nanoTime()).as("waited %s for %s", PATIENCE, what).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @Test
    void theAfterPollActionRunsAfterEveryPollAndItsFailureDoesNotStopPolling() throws Exception {
        Path active = keyFile("after-poll", SigningKeyGenerator.ed25519());
        CredentialsProvider source = EnvironmentCredentialsProvider.builder().prefix("BOT")
                .environment(Environment.of(Map.of("BOT_API_KEY", API_KEY, "BOT_PRIVATE_KEY_FILE", active.toString()), Map.of())).build();
        AtomicInteger polls = new AtomicInteger();
        try (RotatingKeyedSigner rotating = RotatingKeyedSigner.builder().source(source).watch(active).pollInterval(Duration.ofMillis(20))
                .afterPoll(() -> {
                    if (polls.incrementAndGet() == 1) {
                        throw new IllegalStateException("a metrics bug");
                    }
                }).build()) {
            await(() -> polls.get() >= 3, "three polls, the first one's action failing");
            assertThat(rotating.get().signer().signToString("signing")).isNotEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"OutOfMemoryError", "StackOverflowError", "NoClassDefFoundError", "IllegalStateException"})
    void aKeyFileThatMakesTheDecoderFailKeepsTheOldKeyAndThePollerTriesAgain(String kind) throws Exception {
        SigningKey a = SigningKeyGenerator.ed25519();
        SigningKey b = SigningKeyGenerator.ed25519();
        Path active = keyFile("a", a);
        AtomicInteger hostileReads = new AtomicInteger();
        PrivateKeyDecoder decoder = (content, passphrase) -> {
            if (java.util.Arrays.equals(content, HOSTILE)) {
                hostileReads.incrementAndGet();
                throw sneaky(error(kind));
            }
            return PrivateKeyParser.parse(content, passphrase);
        };
        CredentialsProvider source = EnvironmentCredentialsProvider.builder().prefix("BOT").keyDecoder(decoder)
                .environment(Environment.of(Map.of("BOT_API_KEY", API_KEY, "BOT_PRIVATE_KEY_FILE", active.toString()), Map.of())).build();
        try (RotatingKeyedSigner rotating = RotatingKeyedSigner.builder().source(source).watch(active)
                .pollInterval(Duration.ofMillis(20)).build()) {
            replace(active, HOSTILE, "rw-------");
            await(() -> hostileReads.get() >= 3, "three polls of the unchanged hostile file");
            assertThat(rotating.activeFingerprint()).isEqualTo(a.fingerprint());
            rotating.get().signer().signToString("still signing with the old key");

            replace(active, Files.readAllBytes(keyFile("b", b)), "rw-------");
            await(() -> rotating.activeFingerprint().equals(b.fingerprint()), "the valid key written afterwards");
        }
    }

    /** Throws any throwable from a lambda that may only throw unchecked ones. */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }

    /** A rotation of {@code active} that polls only when asked and counts each load of the credentials. */
    private static RotatingKeyedSigner countingRotation(Path active, AtomicInteger loads) {
        EnvironmentCredentialsProvider files = EnvironmentCredentialsProvider.builder().prefix("BOT")
                .environment(Environment.of(Map.of("BOT_API_KEY", API_KEY, "BOT_PRIVATE_KEY_FILE", active.toString()), Map.of())).build();
        CredentialsProvider counting = () -> {
            loads.incrementAndGet();
            return files.resolveCredentials();
        };
        return RotatingKeyedSigner.builder().source(counting).watch(active).pollInterval(null).build();
    }

    @Test
    void aChmod600AfterTheRefusalIsPickedUp() throws Exception {
        SigningKey a = SigningKeyGenerator.ed25519();
        SigningKey b = SigningKeyGenerator.ed25519();
        Path active = keyFile("a", a);
        AtomicInteger loads = new AtomicInteger();
        try (RotatingKeyedSigner rotating = countingRotation(active, loads)) {
            replace(active, Files.readAllBytes(keyFile("b", b)), "rw-r--r--");
            assertThat(rotating.refreshIfChanged()).as("a world-readable key is refused").isFalse();
            assertThat(rotating.activeFingerprint()).isEqualTo(a.fingerprint());

            Files.setPosixFilePermissions(active, PosixFilePermissions.fromString("rw-------"));
            assertThat(rotating.refreshIfChanged()).as("the fix is picked up").isTrue();
            assertThat(rotating.activeFingerprint()).isEqualTo(b.fingerprint());

            int before = loads.get();
            assertThat(rotating.refreshIfChanged()).isFalse();
            assertThat(loads.get()).as("nothing changed, nothing failed: no reload").isEqualTo(before);
            Files.setPosixFilePermissions(active, PosixFilePermissions.fromString("rw-r-----"));
            assertThat(rotating.refreshIfChanged()).isFalse();
            assertThat(loads.get()).as("a chmod alone is a change").isEqualTo(before + 1);
            assertThat(rotating.activeFingerprint()).isEqualTo(b.fingerprint());
        }
    }

    @Test
    void aRejectedUpdateOfUnchangedFilesIsRetriedAtGrowingGapsNotAtEveryPoll() throws Exception {
        SigningKey a = SigningKeyGenerator.ed25519();
        SigningKey b = SigningKeyGenerator.ed25519();
        Path active = keyFile("a", a);
        AtomicInteger loads = new AtomicInteger();
        try (RotatingKeyedSigner rotating = countingRotation(active, loads)) {
            replace(active, Files.readAllBytes(keyFile("b", b)), "rw-r--r--");
            int before = loads.get();
            for (int poll = 0; poll < 40; poll++) {
                assertThat(rotating.refreshIfChanged()).isFalse();
            }
            assertThat(loads.get() - before).as("loads in 40 polls: the change at poll 0, then retries after gaps of 1, 2, 4, 8 "
                    + "and 16 unchanged polls (polls 2, 5, 10, 19 and 36)").isEqualTo(6);
            Files.setPosixFilePermissions(active, PosixFilePermissions.fromString("rw-------"));
            assertThat(rotating.refreshIfChanged()).as("a change is tried at once, whatever the gap").isTrue();
            assertThat(rotating.activeFingerprint()).isEqualTo(b.fingerprint());
        }
    }

    @Test
    void aClosedRotationLoadsNothingMore() throws Exception {
        Path active = keyFile("a", SigningKeyGenerator.ed25519());
        AtomicInteger loads = new AtomicInteger();
        EnvironmentCredentialsProvider files = EnvironmentCredentialsProvider.builder().prefix("BOT")
                .environment(Environment.of(Map.of("BOT_API_KEY", API_KEY, "BOT_PRIVATE_KEY_FILE", active.toString()), Map.of())).build();
        RotatingKeyedSigner rotating = RotatingKeyedSigner.builder().pollInterval(null).watch(active).source(() -> {
            loads.incrementAndGet();
            return files.resolveCredentials();
        }).build();
        rotating.close();
        rotating.close();

        assertThat(rotating.refresh()).isFalse();
        assertThat(loads.get()).isEqualTo(1);
    }
}
