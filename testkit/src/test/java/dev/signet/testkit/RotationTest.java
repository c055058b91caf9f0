package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.KeyedSigner;
import dev.signet.core.Signers;
import dev.signet.core.SigningKey;
import dev.signet.core.Verifier;
import dev.signet.credentials.Environment;
import dev.signet.credentials.EnvironmentCredentialsProvider;
import dev.signet.credentials.RotatingKeyedSigner;
import dev.signet.keys.KeyFiles;
import dev.signet.keys.PrivateKeyParser;
import dev.signet.keys.SigningKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key rotation without restart: atomic swaps under load, bad updates keep the old key, Kubernetes-style link swaps. */
class RotationTest {
    private static final String API_KEY = "rotationKeyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789"; // signet:allow test fixture
    @TempDir
    Path dir;

    private Path writeKey(String name, SigningKey key) throws Exception {
        Path d = dir.resolve(name);
        KeyFiles.writeKeyPair(key, d, null);
        return d.resolve(KeyFiles.PRIVATE_PEM);
    }

    private RotatingKeyedSigner rotating(Path keyFile) {
        EnvironmentCredentialsProvider source = EnvironmentCredentialsProvider.builder().prefix("BOT")
                .environment(Environment.of(Map.of("BOT_API_KEY", API_KEY, "BOT_PRIVATE_KEY_FILE", keyFile.toString()), Map.of())).build();
        return RotatingKeyedSigner.builder().source(source).watch(keyFile).pollInterval(null).build();
    }

    /** Replaces {@code target} atomically with {@code source}'s content and a new modification time. */
    private static void replace(Path source, Path target, int generation) throws Exception {
        Path temp = target.resolveSibling("incoming.pem");
        Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(temp, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(generation)));
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void rotationStormYieldsOnlySignaturesValidUnderOneKey() throws Exception {
        SigningKey a = SigningKeyGenerator.ed25519();
        SigningKey b = SigningKeyGenerator.ed25519();
        Path aFile = writeKey("a", a);
        Path bFile = writeKey("b", b);
        Path active = dir.resolve("active.pem");
        Files.copy(aFile, active);
        try (RotatingKeyedSigner rotating = rotating(active)) {
            Verifier verifyA = Signers.verifierFor(a);
            Verifier verifyB = Signers.verifierFor(b);
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<long[]>> workers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int id = t;
                workers.add(pool.submit(() -> {
                    long ok = 0;
                    long bad = 0;
                    for (int i = 0; !stop.get(); i++) {
                        byte[] msg = ("thread=" + id + "&i=" + i).getBytes(StandardCharsets.UTF_8);
                        KeyedSigner signer = rotating.get();
                        byte[] sig = signer.signer().sign(msg);
                        boolean valid = verifyA.verify(msg, sig) || verifyB.verify(msg, sig);
                        ok += valid ? 1 : 0;
                        bad += valid ? 0 : 1;
                    }
                    return new long[] {ok, bad};
                }));
            }
            int swaps = 0;
            for (int i = 0; i < 60; i++) {
                replace(i % 2 == 0 ? bFile : aFile, active, i);
                swaps += rotating.refreshIfChanged() ? 1 : 0;
                Thread.sleep(3);
            }
            stop.set(true);
            long ok = 0;
            long bad = 0;
            for (Future<long[]> w : workers) {
                long[] r = w.get();
                ok += r[0];
                bad += r[1];
            }
            pool.shutdown();
            assertThat(bad).isZero();
            assertThat(ok).isPositive();
            assertThat(swaps).isEqualTo(60);
        }
    }

    @Test
    void anInvalidReplacementLeavesTheOldKeyActive() throws Exception {
        SigningKey a = SigningKeyGenerator.ed25519();
        Path active = writeKey("a", a);
        try (RotatingKeyedSigner rotating = rotating(active)) {
            String before = rotating.activeFingerprint();
            Path garbage = Files.writeString(dir.resolve("garbage.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"); // signet:allow test fixture
            replace(garbage, active, 1);
            Files.setPosixFilePermissions(active, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            assertThat(rotating.refreshIfChanged()).isFalse();
            assertThat(rotating.activeFingerprint()).isEqualTo(before).isEqualTo(a.fingerprint());
        }
    }

    @Test
    void kubernetesStyleDataLinkSwapIsPickedUp() throws Exception {
        SigningKey a = SigningKeyGenerator.ed25519();
        SigningKey b = SigningKeyGenerator.ed25519();
        Path mount = Files.createDirectory(dir.resolve("mount"));
        Path v1 = Files.createDirectory(mount.resolve("..v1"));
        Files.copy(writeKey("a", a), v1.resolve("private-key"));
        Files.createSymbolicLink(mount.resolve("..data"), v1.getFileName());
        Path keyLink = Files.createSymbolicLink(mount.resolve("private-key"), Path.of("..data/private-key"));
        try (RotatingKeyedSigner rotating = rotating(keyLink)) {
            assertThat(rotating.activeFingerprint()).isEqualTo(a.fingerprint());
            Path v2 = Files.createDirectory(mount.resolve("..v2"));
            Files.copy(writeKey("b", b), v2.resolve("private-key"));
            Path newLink = Files.createSymbolicLink(mount.resolve("..data_tmp"), v2.getFileName());
            Files.move(newLink, mount.resolve("..data"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            assertThat(rotating.refreshIfChanged()).isTrue();
            assertThat(rotating.activeFingerprint()).isEqualTo(b.fingerprint());
            assertThat(PrivateKeyParser.parse(Files.readAllBytes(keyLink), null).fingerprint()).isEqualTo(b.fingerprint());
        }
    }

    @Test
    void anUnexpectedExceptionFromTheSourceKeepsTheOldKeyAndThePoller() throws Exception {
        SigningKey a = SigningKeyGenerator.ed25519();
        Path aFile = writeKey("unexpected", a);
        EnvironmentCredentialsProvider good = EnvironmentCredentialsProvider.builder().prefix("BOT")
                .environment(Environment.of(Map.of("BOT_API_KEY", API_KEY, "BOT_PRIVATE_KEY_FILE", aFile.toString()), Map.of())).build();
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        dev.signet.credentials.CredentialsProvider flaky = () -> {
            if (calls.incrementAndGet() > 1) {
                throw new NullPointerException("a bug in a custom provider");
            }
            return good.resolveCredentials();
        };
        try (RotatingKeyedSigner rotating = RotatingKeyedSigner.builder().source(flaky).watch(aFile)
                .pollInterval(null).build()) {
            String before = rotating.get().fingerprint();

            assertThat(rotating.refresh()).isFalse();

            assertThat(rotating.get().fingerprint()).isEqualTo(before).isEqualTo(a.fingerprint());
            assertThat(calls.get()).isEqualTo(2);
        }
    }

    @Test
    void aReplacedSignerIsClosedOnceItsGracePeriodIsOverAndCloseWipesTheRest() throws Exception {
        Path active = writeKey("grace-a", SigningKeyGenerator.ed25519());
        Path b = writeKey("grace-b", SigningKeyGenerator.ed25519());
        Path c = writeKey("grace-c", SigningKeyGenerator.ed25519());
        EnvironmentCredentialsProvider source = EnvironmentCredentialsProvider.builder().prefix("BOT")
                .environment(Environment.of(Map.of("BOT_API_KEY", API_KEY, "BOT_PRIVATE_KEY_FILE", active.toString()), Map.of())).build();
        RotatingKeyedSigner rotating = RotatingKeyedSigner.builder().source(source).watch(active)
                .pollInterval(null).retiredSignerGrace(java.time.Duration.ZERO).build();
        KeyedSigner first = rotating.get();
        replace(b, active, 1);
        assertThat(rotating.refreshIfChanged()).isTrue();
        KeyedSigner second = rotating.get();
        first.signer().signToString("the first signer is still open: a request may have picked it up just before the swap");

        replace(c, active, 2);
        assertThat(rotating.refreshIfChanged()).isTrue();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> first.signer().signToString("x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        second.signer().signToString("retired by this rotation, so still open");
        rotating.close();
        for (KeyedSigner closed : List.of(second, rotating.get())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> closed.signer().signToString("x")).isInstanceOf(IllegalStateException.class);
        }
    }
}
