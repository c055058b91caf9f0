package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Signers;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import dev.signet.core.Verifier;
import dev.signet.credentials.Environment;
import dev.signet.credentials.EnvironmentCredentialsProvider;
import dev.signet.credentials.RotatingKeyedSigner;
import dev.signet.keys.KeyFiles;
import dev.signet.keys.SigningKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 8 threads sign concurrently with a key rotation every 10 ms: every HMAC signature is compared with the JDK's
 * under one of the two keys, Ed25519 and RSA signatures are sampled and verified; zero wrong signatures, zero
 * exceptions. Signatures per thread: {@code -Dsignet.stress.signatures=N} (CI default small; {@code -Pstress}: 1,000,000).
 */
class StressTest {
    private static final int THREADS = 8;
    private static final String API_KEY = "stressKeyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789"; // signet:allow test fixture
    @TempDir
    Path dir;

    private static int signaturesPerThread(SigningAlgorithm algorithm) {
        int configured = Integer.getInteger("signet.stress.signatures", 0);
        if (configured > 0) {
            return configured;
        }
        return algorithm == SigningAlgorithm.HMAC_SHA256 ? 25_000 : algorithm == SigningAlgorithm.ED25519 ? 1_500 : 150;
    }

    private Path material(String name, SigningAlgorithm algorithm, SigningKey key, byte[] secret) throws Exception {
        Path d = Files.createDirectories(dir.resolve(name));
        if (algorithm == SigningAlgorithm.HMAC_SHA256) {
            Path file = Files.write(d.resolve("secret"), secret);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return file;
        }
        KeyFiles.writeKeyPair(key, d, null);
        return d.resolve(KeyFiles.PRIVATE_PEM);
    }

    private static byte[] randomSecret() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        java.security.SecureRandom random = new java.security.SecureRandom();
        byte[] s = new byte[64];
        for (int i = 0; i < s.length; i++) {
            s[i] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return s;
    }

    private static SigningKey key(SigningAlgorithm algorithm, byte[] secret) {
        switch (algorithm) {
            case HMAC_SHA256:
                return SigningKey.hmacSha256(InsecureSecretAccess.secretFromBytes(secret));
            case ED25519:
                return SigningKeyGenerator.ed25519();
            default:
                return SigningKeyGenerator.rsa(2048);
        }
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void eightThreadsSignCorrectlyWhileTheKeyRotatesEveryTenMilliseconds(SigningAlgorithm algorithm) throws Exception {
        byte[][] secrets = {randomSecret(), randomSecret()};
        SigningKey[] keys = {key(algorithm, secrets[0]), key(algorithm, secrets[1])};
        Path[] files = {material("a", algorithm, keys[0], secrets[0]), material("b", algorithm, keys[1], secrets[1])};
        Path active = dir.resolve("active");
        Files.copy(files[0], active);
        String variable = algorithm == SigningAlgorithm.HMAC_SHA256 ? "S_API_SECRET_FILE" : "S_PRIVATE_KEY_FILE";
        EnvironmentCredentialsProvider source = EnvironmentCredentialsProvider.builder().prefix("S")
                .environment(Environment.of(Map.of("S_API_KEY", API_KEY, variable, active.toString()), Map.of())).build();
        Verifier[] verifiers = {Signers.verifierFor(keys[0]), Signers.verifierFor(keys[1])};
        int perThread = signaturesPerThread(algorithm);
        int sampleEvery = algorithm == SigningAlgorithm.HMAC_SHA256 ? 1 : 10;
        AtomicBoolean done = new AtomicBoolean();
        int rotations = 0;
        try (RotatingKeyedSigner rotating = RotatingKeyedSigner.builder().source(source).watch(active).pollInterval(null).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int id = t;
                workers.add(pool.submit(() -> {
                    Mac[] macs = algorithm == SigningAlgorithm.HMAC_SHA256 ? jdkMacs(secrets) : null;
                    int wrong = 0;
                    for (int i = 0; i < perThread; i++) {
                        byte[] msg = ("symbol=BTCUSDT&thread=" + id + "&i=" + i).getBytes(StandardCharsets.UTF_8);
                        KeyedSigner signer = rotating.get();
                        byte[] sig = signer.signer().sign(msg);
                        if (i % sampleEvery == 0) {
                            wrong += correct(sig, msg, macs, verifiers) ? 0 : 1;
                        }
                    }
                    return wrong;
                }));
            }
            pool.shutdown();
            for (int generation = 1; !pool.isTerminated(); generation++) {
                Path temp = dir.resolve("incoming");
                Files.copy(files[generation % 2], temp, StandardCopyOption.REPLACE_EXISTING);
                Files.setLastModifiedTime(temp, FileTime.fromMillis(1_700_000_000_000L + generation * 1000L));
                Files.move(temp, active, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                rotations += rotating.refreshIfChanged() ? 1 : 0;
                Thread.sleep(10);
            }
            int wrong = 0;
            for (Future<Integer> w : workers) {
                wrong += w.get();
            }
            done.set(true);
            System.out.printf("stress %s: %d threads x %d signatures, %d rotations, %d wrong%n", algorithm, THREADS, perThread, rotations, wrong);
            assertThat(wrong).isZero();
            assertThat(rotations).isPositive();
        }
        assertThat(done).isTrue();
    }

    private static Mac[] jdkMacs(byte[][] secrets) throws Exception {
        Mac[] macs = new Mac[secrets.length];
        for (int i = 0; i < secrets.length; i++) {
            macs[i] = Mac.getInstance("HmacSHA256");
            macs[i].init(new SecretKeySpec(secrets[i], "HmacSHA256"));
        }
        return macs;
    }

    private static boolean correct(byte[] sig, byte[] msg, Mac[] macs, Verifier[] verifiers) {
        if (macs != null) {
            return MessageDigest.isEqual(sig, macs[0].doFinal(msg)) || MessageDigest.isEqual(sig, macs[1].doFinal(msg));
        }
        return verifiers[0].verify(msg, sig) || verifiers[1].verify(msg, sig);
    }
}
