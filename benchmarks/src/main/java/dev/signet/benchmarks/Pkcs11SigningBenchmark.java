package dev.signet.benchmarks;

import dev.signet.core.Signer;
import dev.signet.core.Signers;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import dev.signet.keys.SigningKeyGenerator;
import dev.signet.pkcs11.Pkcs11Keys;
import dev.signet.pkcs11.Pkcs11Uri;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Comparator;
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
 * What a key in a token costs per order: Ed25519 and RSA-2048 signatures of the order query by keys inside a
 * SoftHSM2 token, next to the in-memory signers. One signer per key is shared by all JMH threads ({@code -t}), as a
 * bot shares one; {@code sessions} is the key's session pool (1 serialises every signature).
 *
 * <p>SoftHSM reads {@code SOFTHSM2_CONF} when the library loads, so each fork rewrites the file that variable names
 * (export it, e.g. {@code SOFTHSM2_CONF=/tmp/signet-bench.conf}) to point at a fresh token folder; softhsm2-util
 * makes the token, Signet generates the keys in it.
 */
@State(Scope.Benchmark)
@Fork(jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "--enable-native-access=ALL-UNNAMED"})
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Pkcs11SigningBenchmark {
    private static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");

    /** Sessions per token key. */
    @Param({"1", "4"})
    public int sessions;

    private Path tokens;
    private SigningKey tokenEd25519Key;
    private SigningKey tokenRsaKey;
    private Signer tokenEd25519;
    private Signer tokenRsa;
    private Signer memoryEd25519;
    private Signer memoryRsa;

    /** A fresh token with one key pair of each kind, generated inside it. */
    @Setup
    public void setUp() throws Exception {
        String conf = System.getenv("SOFTHSM2_CONF");
        if (conf == null) {
            throw new IllegalStateException("export SOFTHSM2_CONF=/tmp/signet-bench.conf (any writable path): each fork points it "
                    + "at its own token folder");
        }
        tokens = Files.createTempDirectory("signet-bench-tokens");
        Files.writeString(Path.of(conf), "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        char[] pin = String.format("%08d", new SecureRandom().nextInt(100_000_000)).toCharArray();
        Process init = new ProcessBuilder("softhsm2-util", "--init-token", "--free", "--label", "bench", "--pin", new String(pin),
                "--so-pin", new String(pin) + "0").redirectErrorStream(true).start();
        String output = new String(init.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (init.waitFor() != 0) {
            throw new IllegalStateException("softhsm2-util --init-token failed: " + output);
        }
        Pkcs11Keys keys = Pkcs11Keys.create().defaultLibrary(LIBRARY).sessions(sessions);
        tokenEd25519Key = keys.generate(Pkcs11Uri.parse("pkcs11:token=bench;object=ed"), SigningAlgorithm.ED25519, 0, pin);
        tokenRsaKey = keys.generate(Pkcs11Uri.parse("pkcs11:token=bench;object=rsa"), SigningAlgorithm.RSA_PKCS1_SHA256, 2048, pin);
        Arrays.fill(pin, '\0');
        tokenEd25519 = Signers.forKey(tokenEd25519Key);
        tokenRsa = Signers.forKey(tokenRsaKey);
        memoryEd25519 = Signers.forKey(SigningKeyGenerator.ed25519());
        memoryRsa = Signers.forKey(SigningKeyGenerator.generate(SigningAlgorithm.RSA_PKCS1_SHA256, 2048));
    }

    /** Logs out and deletes the token folder. */
    @TearDown
    public void tearDown() throws IOException {
        tokenEd25519.close();
        tokenRsa.close();
        tokenEd25519Key.close();
        tokenRsaKey.close();
        try (Stream<Path> files = Files.walk(tokens)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Ed25519 inside SoftHSM2 (CKM_EDDSA). */
    @Benchmark
    public byte[] tokenEd25519() {
        return tokenEd25519.sign(Payloads.ORDER_QUERY_BYTES);
    }

    /** RSA-2048 inside SoftHSM2 (CKM_SHA256_RSA_PKCS). */
    @Benchmark
    public byte[] tokenRsa2048() {
        return tokenRsa.sign(Payloads.ORDER_QUERY_BYTES);
    }

    /** Signet's in-memory Ed25519 signer. */
    @Benchmark
    public byte[] memoryEd25519() {
        return memoryEd25519.sign(Payloads.ORDER_QUERY_BYTES);
    }

    /** Signet's in-memory RSA-2048 signer. */
    @Benchmark
    public byte[] memoryRsa2048() {
        return memoryRsa.sign(Payloads.ORDER_QUERY_BYTES);
    }
}
