package dev.signet.benchmarks;

import com.binance.connector.client.utils.signaturegenerator.Ed25519SignatureGenerator;
import com.binance.connector.client.utils.signaturegenerator.HmacSignatureGenerator;
import com.binance.connector.client.utils.signaturegenerator.RsaSignatureGenerator;
import dev.signet.binance.BinanceRequest;
import dev.signet.binance.RequestSigner;
import dev.signet.binance.RequestWriter;
import dev.signet.binance.SignedRequest;
import dev.signet.binance.guard.SigningPolicy;
import dev.signet.binance.guard.TradingLimits;
import dev.signet.core.ApiKey;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Signers;
import dev.signet.core.SigningKey;
import dev.signet.keys.KeyFiles;
import dev.signet.keys.SigningKeyGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * End to end, as a bot pays per order: build the order, canonicalise, timestamp, sign and encode. Signet's String
 * API, Signet's allocation-free {@link RequestWriter} (the order's values set, then signed into its reused buffer) and
 * binance-connector-java 3.4.1's own path (parameter map, {@code UrlBuilder}, its signature generators), measured in
 * the same run.
 */
@State(Scope.Thread)
@Fork(jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BinanceRequestBenchmark {
    private static final ApiKey API_KEY = ApiKey.of("benchKeyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789");
    private RequestSigner hmac;
    private RequestWriter hmacWriter;
    private RequestWriter hmacWriterWithLimits;
    private RequestSigner ed25519;
    private RequestSigner rsa;
    private ConnectorOrder connectorHmac;
    private ConnectorOrder connectorEd25519;
    private ConnectorOrder connectorRsa;

    /** One key per algorithm, shared by Signet and the connector; recvWindow 5000 as in the exchange's example. */
    @Setup
    public void setUp() throws IOException {
        String secret = randomSecret();
        SigningKey hmacKey = SigningKey.hmacSha256(InsecureSecretAccess.secretFromString(secret));
        hmac = signer(hmacKey);
        connectorHmac = new ConnectorOrder(new HmacSignatureGenerator(secret));
        hmacWriter = hmac.writer(order());
        hmacWriterWithLimits = signer(hmacKey, SigningPolicy.builder().tradingLimits(TradingLimits.builder()
                .maxNotionalPerOrder(new BigDecimal("1000")).allowedSymbols(Set.of("LTCBTC")).build()).build()).writer(order());
        Path keys = Files.createTempDirectory("signet-bench");
        SigningKey ed = SigningKeyGenerator.ed25519();
        ed25519 = signer(ed);
        connectorEd25519 = new ConnectorOrder(new Ed25519SignatureGenerator(privatePem(ed, keys.resolve("ed25519")).toString()));
        SigningKey rs = SigningKeyGenerator.rsa(2048);
        rsa = signer(rs);
        connectorRsa = new ConnectorOrder(new RsaSignatureGenerator(Files.readString(privatePem(rs, keys.resolve("rsa")))));
    }

    private static String randomSecret() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder(64);
        for (int i = 0; i < 64; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static Path privatePem(SigningKey key, Path dir) throws IOException {
        KeyFiles.writeKeyPair(key, Files.createDirectories(dir), null);
        return dir.resolve(KeyFiles.PRIVATE_PEM);
    }

    private static RequestSigner signer(SigningKey key) {
        return signer(key, SigningPolicy.defaults());
    }

    private static RequestSigner signer(SigningKey key, SigningPolicy guard) {
        return RequestSigner.builder().keyedSigner(new KeyedSigner(API_KEY, Signers.forKey(key), key.fingerprint()))
                .recvWindowMillis(5000).guard(guard).build();
    }

    private static BinanceRequest order() {
        return BinanceRequest.post("/api/v3/order").param("symbol", "LTCBTC").param("side", "BUY").param("type", "LIMIT")
                .param("timeInForce", "GTC").param("quantity", BigDecimal.ONE).param("price", new BigDecimal("0.1")).build();
    }

    /** HMAC end to end, Signet's String API. */
    @Benchmark
    public SignedRequest hmac() {
        return hmac.sign(order());
    }

    /** HMAC end to end, Signet's allocation-free writer: the order's quantity and price set, then signed. */
    @Benchmark
    public int hmacZeroAlloc() {
        return hmacWriter.set("quantity", 1).set("price", 1, 1).sign().queryLength();
    }

    /**
     * {@link #hmacZeroAlloc} with in-memory trading limits (notional per order, allowed symbols; no store): the guard
     * reads the order from {@link RequestWriter#request()}, which allocates.
     */
    @Benchmark
    public int hmacZeroAllocWithLimits() {
        return hmacWriterWithLimits.set("quantity", 1).set("price", 1, 1).sign().queryLength();
    }

    /** HMAC end to end, binance-connector-java 3.4.1. */
    @Benchmark
    public String bcjConnector() {
        return connectorHmac.sign();
    }

    /** Ed25519 end to end, Signet. */
    @Benchmark
    public SignedRequest ed25519() {
        return ed25519.sign(order());
    }

    /** Ed25519 end to end, binance-connector-java 3.4.1. */
    @Benchmark
    public String bcjConnectorEd25519() {
        return connectorEd25519.sign();
    }

    /** RSA-2048 end to end, Signet. */
    @Benchmark
    public SignedRequest rsa() {
        return rsa.sign(order());
    }

    /** RSA-2048 end to end, binance-connector-java 3.4.1. */
    @Benchmark
    public String bcjConnectorRsa() {
        return connectorRsa.sign();
    }
}
