package dev.signet.benchmarks;

import dev.signet.binance.BinanceRequest;
import dev.signet.binance.RequestSigner;
import dev.signet.binance.SignedRequest;
import dev.signet.core.ApiKey;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Signers;
import dev.signet.core.SigningKey;
import dev.signet.keys.SigningKeyGenerator;
import java.math.BigDecimal;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** End to end: build the order request, canonicalise, timestamp, sign and encode, as a bot does per order. */
@State(Scope.Thread)
@Fork(jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BinanceRequestBenchmark {
    private static final ApiKey API_KEY = ApiKey.of("benchKeyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789");
    private RequestSigner hmac;
    private RequestSigner ed25519;

    /** One signer per algorithm, recvWindow 5000 as in the exchange's example. */
    @Setup
    public void setUp() {
        byte[] secret = new byte[64];
        new Random(1).nextBytes(secret);
        hmac = signer(SigningKey.hmacSha256(InsecureSecretAccess.secretFromBytes(secret)));
        ed25519 = signer(SigningKeyGenerator.ed25519());
    }

    private static RequestSigner signer(SigningKey key) {
        return RequestSigner.builder().keyedSigner(new KeyedSigner(API_KEY, Signers.forKey(key), key.fingerprint()))
                .recvWindowMillis(5000).build();
    }

    private static BinanceRequest order() {
        return BinanceRequest.post("/api/v3/order").param("symbol", "LTCBTC").param("side", "BUY").param("type", "LIMIT")
                .param("timeInForce", "GTC").param("quantity", BigDecimal.ONE).param("price", new BigDecimal("0.1")).build();
    }

    /** HMAC end to end. */
    @Benchmark
    public SignedRequest hmac() {
        return hmac.sign(order());
    }

    /** Ed25519 end to end. */
    @Benchmark
    public SignedRequest ed25519() {
        return ed25519.sign(order());
    }
}
