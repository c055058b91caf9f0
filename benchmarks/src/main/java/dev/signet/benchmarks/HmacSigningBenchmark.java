package dev.signet.benchmarks;

import dev.signet.core.Hex;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.SigningKey;
import dev.signet.signing.hmac.HmacSha256Signer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * HMAC-SHA256 over the order query, String in and hex String out (what a bot does), except {@code signetZeroAlloc}
 * which signs bytes into a reused buffer. Baselines: a per-thread cached JDK {@code Mac}, a new {@code Mac} per
 * call, BouncyCastle's {@code HMac}.
 */
@State(Scope.Thread)
@Fork(jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HmacSigningBenchmark {
    private HmacSha256Signer signer;
    private Mac mac;
    private SecretKeySpec keySpec;
    private HMac bc;
    private final byte[] out = new byte[32];

    /** A random 64-byte key, the exchange's secret length. */
    @Setup
    public void setUp() throws GeneralSecurityException {
        byte[] key = new byte[64];
        new Random(1).nextBytes(key);
        signer = HmacSha256Signer.create(SigningKey.hmacSha256(InsecureSecretAccess.secretFromBytes(key)));
        keySpec = new SecretKeySpec(key, "HmacSHA256");
        mac = Mac.getInstance("HmacSHA256");
        mac.init(keySpec);
        bc = new HMac(new SHA256Digest());
        bc.init(new KeyParameter(key));
    }

    /** Signet: String payload to hex String. */
    @Benchmark
    public String signet() {
        return signer.signToString(Payloads.ORDER_QUERY);
    }

    /** Signet's allocation-free path: bytes into a reused buffer. */
    @Benchmark
    public byte[] signetZeroAlloc() {
        signer.sign(Payloads.ORDER_QUERY_BYTES, 0, Payloads.ORDER_QUERY_BYTES.length, out, 0);
        return out;
    }

    /** A cached JDK Mac, as a careful user writes it. */
    @Benchmark
    public String jdkMacCached() {
        return Hex.encode(mac.doFinal(Payloads.ORDER_QUERY.getBytes(StandardCharsets.UTF_8)));
    }

    /** A new JDK Mac per call, as many connectors write it. */
    @Benchmark
    public String jdkMacPerCall() throws GeneralSecurityException {
        Mac perCall = Mac.getInstance("HmacSHA256");
        perCall.init(keySpec);
        return Hex.encode(perCall.doFinal(Payloads.ORDER_QUERY.getBytes(StandardCharsets.UTF_8)));
    }

    /** BouncyCastle's lightweight HMac, initialised once. */
    @Benchmark
    public String bouncyCastle() {
        byte[] bytes = Payloads.ORDER_QUERY.getBytes(StandardCharsets.UTF_8);
        bc.update(bytes, 0, bytes.length);
        byte[] tag = new byte[32];
        bc.doFinal(tag, 0);
        return Hex.encode(tag);
    }
}
