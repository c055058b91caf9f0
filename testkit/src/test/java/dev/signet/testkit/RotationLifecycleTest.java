package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.KeyedSigner;
import dev.signet.core.SigningKey;
import dev.signet.credentials.CredentialsProvider;
import dev.signet.credentials.Environment;
import dev.signet.credentials.EnvironmentCredentialsProvider;
import dev.signet.credentials.RotatingKeyedSigner;
import dev.signet.keys.KeyFiles;
import dev.signet.keys.SigningKeyGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a rotation answers when nothing changed, after it is closed, and how it shows itself and its poller. */
class RotationLifecycleTest {
    private static final String API_KEY = "rotationKeyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789"; // signet:allow test fixture

    @TempDir
    Path dir;

    private final AtomicInteger resolves = new AtomicInteger();

    private Path keyFile(SigningKey key) throws Exception {
        KeyFiles.writeKeyPair(key, dir, null);
        return dir.resolve(KeyFiles.PRIVATE_PEM);
    }

    private CredentialsProvider counting(Path keyFile) {
        EnvironmentCredentialsProvider env = EnvironmentCredentialsProvider.builder().prefix("BOT")
                .environment(Environment.of(Map.of("BOT_API_KEY", API_KEY, "BOT_PRIVATE_KEY_FILE", keyFile.toString()), Map.of())).build();
        return () -> {
            resolves.incrementAndGet();
            return env.resolveCredentials();
        };
    }

    @Test
    void nothingChangedMeansNoReloadAndNoSwap() throws Exception {
        Path key = keyFile(SigningKeyGenerator.ed25519());
        try (RotatingKeyedSigner rotating = RotatingKeyedSigner.builder().source(counting(key)).watch(key).pollInterval(null)
                .keyAgeMonitor(null).build()) {
            assertThat(rotating.refreshIfChanged()).isFalse();
            assertThat(resolves.get()).as("resolves after an unchanged poll").isEqualTo(1);
            assertThat(rotating.refresh()).as("a reload of the same key is no rotation").isFalse();
            assertThat(resolves.get()).isEqualTo(2);
        }
    }

    @Test
    void aClosedRotationRefreshesNothing() throws Exception {
        Path key = keyFile(SigningKeyGenerator.ed25519());
        RotatingKeyedSigner rotating = RotatingKeyedSigner.builder().source(counting(key)).watch(key).pollInterval(null).build();
        rotating.close();
        rotating.close();
        assertThat(rotating.refresh()).isFalse();
        assertThat(rotating.refreshIfChanged()).isFalse();
        assertThat(resolves.get()).isEqualTo(1);
    }

    @Test
    void toStringNamesTheActiveFingerprintAndTheWatchedFiles() throws Exception {
        SigningKey signingKey = SigningKeyGenerator.ed25519();
        Path key = keyFile(signingKey);
        try (RotatingKeyedSigner rotating = RotatingKeyedSigner.builder().source(counting(key)).watch(key).pollInterval(null).build()) {
            assertThat(rotating.toString()).isEqualTo("RotatingKeyedSigner[" + signingKey.fingerprint() + ", watching [" + key + "]]");
        }
    }

    @Test
    void thePollerNeverKeepsTheJvmAlive() throws Exception {
        Path key = keyFile(SigningKeyGenerator.ed25519());
        try (RotatingKeyedSigner rotating = RotatingKeyedSigner.builder().source(counting(key)).watch(key)
                .pollInterval(Duration.ofMillis(5)).build()) {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (resolves.get() < 1 || pollerThread() == null) {
                assertThat(System.nanoTime()).as("the poller thread starts").isLessThan(deadline);
                Thread.sleep(5);
            }
            assertThat(pollerThread().isDaemon()).isTrue();
            assertThat(rotating.activeFingerprint()).isNotEmpty();
        }
    }

    private static Thread pollerThread() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("signet-key-rotation")).findFirst()
                .orElse(null);
    }

    /** A new key pair in place of {@code key}'s, with a modification time of its own (file times are coarser than a test). */
    private void rewrite(Path key, int generation) throws Exception {
        Files.delete(key);
        Files.delete(dir.resolve(KeyFiles.PUBLIC_PEM));
        KeyFiles.writeKeyPair(SigningKeyGenerator.ed25519(), dir, null);
        Files.setLastModifiedTime(key, FileTime.fromMillis(generation * 1_000_000L));
    }

    @Test
    void aReplacedSignerStaysUsableForItsWholeGracePeriod() throws Exception {
        Path key = keyFile(SigningKeyGenerator.ed25519());
        try (RotatingKeyedSigner rotating = RotatingKeyedSigner.builder().source(counting(key)).watch(key).pollInterval(null)
                .retiredSignerGrace(Duration.ofHours(1)).build()) {
            KeyedSigner first = rotating.get();
            for (int generation = 1; generation <= 2; generation++) {
                rewrite(key, generation);
                assertThat(rotating.refreshIfChanged()).isTrue();
            }
            assertThat(first.signer().signToString("an hour has not passed")).isNotEmpty();
        }
    }

    @Test
    void anUnchangedPollClosesTheSignersWhoseGraceIsOver() throws Exception {
        Path key = keyFile(SigningKeyGenerator.ed25519());
        try (RotatingKeyedSigner rotating = RotatingKeyedSigner.builder().source(counting(key)).watch(key).pollInterval(null)
                .retiredSignerGrace(Duration.ZERO).build()) {
            KeyedSigner first = rotating.get();
            rewrite(key, 1);
            assertThat(rotating.refreshIfChanged()).isTrue();
            assertThat(rotating.refreshIfChanged()).as("nothing changed").isFalse();
            assertThatThrownBy(() -> first.signer().signToString("x")).as("closed (wiped) without waiting for the next rotation")
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aKeyRewrittenInPlaceWithTheSameSizeAndModificationTimeIsPickedUp() throws Exception {
        SigningKey b = SigningKeyGenerator.ed25519();
        Path key = keyFile(SigningKeyGenerator.ed25519());
        Path other = dir.resolve("other");
        KeyFiles.writeKeyPair(b, other, null);
        byte[] replacement = Files.readAllBytes(other.resolve(KeyFiles.PRIVATE_PEM));
        assertThat(replacement).as("Ed25519 PKCS#8 files all have one size").hasSameSizeAs(Files.readAllBytes(key));
        try (RotatingKeyedSigner rotating = RotatingKeyedSigner.builder().source(counting(key)).watch(key).pollInterval(null).build()) {
            FileTime modified = Files.getLastModifiedTime(key);
            Thread.sleep(20); // past the file system's clock tick, so the change time moves
            Files.write(key, replacement, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            Files.setLastModifiedTime(key, modified); // as cp -p or rsync -t leave it: only the change time tells
            assertThat(rotating.refreshIfChanged()).isTrue();
            assertThat(rotating.activeFingerprint()).isEqualTo(b.fingerprint());
        }
    }

    @Test
    void aNegativeGraceIsRefused() {
        assertThatThrownBy(() -> RotatingKeyedSigner.builder().retiredSignerGrace(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retiredSignerGrace");
    }
}
