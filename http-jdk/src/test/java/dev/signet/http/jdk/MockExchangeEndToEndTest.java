package dev.signet.http.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.BinanceRequest;
import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.RequestSigner;
import dev.signet.binance.guard.Scope;
import dev.signet.core.ApiKey;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Signers;
import dev.signet.core.SigningKey;
import dev.signet.keys.SigningKeyGenerator;
import dev.signet.testkit.ExchangeError;
import dev.signet.testkit.MockExchange;
import dev.signet.testkit.RecordedRequest;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end through the JDK adapter against the mock: every algorithm × GET query / POST form body / non-ASCII
 * parameter is accepted; tampering, stale timestamps, wrong keys, missing parameters, IPs and scopes are rejected
 * with the exchange's codes. The adapter's own rules (redirects, refusals, clock recovery) are in
 * {@link JdkHttpClientContractTest}.
 */
class MockExchangeEndToEndTest {
    private static final ApiKey API_KEY = ApiKey.of("testKeyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789");
    private static final HttpClient JDK = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static Stream<SigningKey> keys() {
        return Stream.of(SigningKey.hmacSha256(InsecureSecretAccess.secretFromString("mock-" + System.nanoTime() + "-Zq8w")),
                SigningKeyGenerator.ed25519(), SigningKeyGenerator.rsa(2048));
    }

    private static SignedHttpClient client(MockExchange exchange, SigningKey key, Clock clock) {
        RequestSigner signer = RequestSigner.builder().keyedSigner(new KeyedSigner(API_KEY, Signers.forKey(key), key.fingerprint()))
                .clock(clock).build();
        return SignedHttpClient.wrap(JDK, HttpRequestSigner.builder().requestSigner(signer).allowedHosts(Set.of("127.0.0.1")).build());
    }

    private static HttpRequest get(MockExchange exchange, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(exchange.baseUri() + pathAndQuery)).build();
    }

    private static HttpRequest post(MockExchange exchange, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(exchange.baseUri() + pathAndQuery)).POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    @ParameterizedTest
    @MethodSource("keys")
    void getPostAndNonAsciiRequestsAreAccepted(SigningKey key) throws Exception {
        try (MockExchange exchange = MockExchange.start()) {
            exchange.registerKey(API_KEY, key.verificationKey());
            SignedHttpClient client = client(exchange, key, Clock.systemUTC());
            assertThat(client.send(get(exchange, "/api/v3/account"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(client.send(post(exchange, "/api/v3/order?symbol=LTCBTC"), "side=BUY&quantity=1&price=0.1",
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(client.send(get(exchange, "/api/v3/myTrades?symbol=%EF%BC%91%E4%BB%A3%E5%B8%81&note=a+b"),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(exchange.requests()).allMatch(RecordedRequest::accepted).hasSize(3);
            assertThat(exchange.requests().get(1).body()).startsWith("side=BUY&quantity=1&price=0.1&timestamp=").contains("&signature=");
        }
    }

    @Test
    void tamperedByteStaleTimestampAndWrongKeyAreRejectedWithTheirCodes() throws Exception {
        SigningKey key = SigningKeyGenerator.ed25519();
        try (MockExchange exchange = MockExchange.start()) {
            exchange.registerKey(API_KEY, key.verificationKey());
            RequestSigner signer = RequestSigner.builder().keyedSigner(new KeyedSigner(API_KEY, Signers.forKey(key), "t")).build();
            String query = signer.sign(BinanceRequest.get("/api/v3/order").param("symbol", "BNBBTC").param("orderId", 42).build()).query();
            String tampered = query.replace("orderId=42", "orderId=43");
            assertThat(JDK.send(signedRaw(exchange, "/api/v3/order?" + tampered), HttpResponse.BodyHandlers.ofString()).body())
                    .isEqualTo(ExchangeError.BAD_SIGNATURE.json());
            Clock stale = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-30));
            RequestSigner late = RequestSigner.builder().keyedSigner(new KeyedSigner(API_KEY, Signers.forKey(key), "t")).clock(stale).build();
            String staleQuery = late.sign(BinanceRequest.get("/api/v3/account").build()).query();
            assertThat(JDK.send(signedRaw(exchange, "/api/v3/account?" + staleQuery), HttpResponse.BodyHandlers.ofString()).body())
                    .isEqualTo(ExchangeError.TIMESTAMP_OUTSIDE_RECV_WINDOW.json());
            assertThat(client(exchange, SigningKeyGenerator.ed25519(), Clock.systemUTC()).send(get(exchange, "/api/v3/account"),
                    HttpResponse.BodyHandlers.ofString()).body()).isEqualTo(ExchangeError.BAD_SIGNATURE.json());
            assertThat(JDK.send(signedRaw(exchange, "/api/v3/account?timestamp=1"), HttpResponse.BodyHandlers.ofString()).body())
                    .isEqualTo(ExchangeError.MANDATORY_PARAM_MISSING.json());
            assertThat(JDK.send(get(exchange, "/api/v3/account?timestamp=1&signature=x"), HttpResponse.BodyHandlers.ofString()).body())
                    .isEqualTo(ExchangeError.BAD_API_KEY_FORMAT.json());
        }
    }

    private static HttpRequest signedRaw(MockExchange exchange, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(exchange.baseUri() + pathAndQuery)).header("X-MBX-APIKEY", API_KEY.value()).build();
    }

    @Test
    void permissionScopesAndIpAllowListAreEnforced() throws Exception {
        SigningKey key = SigningKeyGenerator.ed25519();
        try (MockExchange exchange = MockExchange.start()) {
            exchange.registerKey(API_KEY, key.verificationKey(), Set.of(Scope.READ));
            SignedHttpClient client = client(exchange, key, Clock.systemUTC());
            assertThat(client.send(get(exchange, "/api/v3/account"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(client.send(post(exchange, "/api/v3/order?symbol=BTCUSDT"), HttpResponse.BodyHandlers.ofString()).body())
                    .isEqualTo(ExchangeError.REJECTED_KEY_IP_OR_PERMISSION.json());
            exchange.allowOnlyIps(Set.of(InetAddress.getByName("10.9.8.7")));
            assertThat(client.send(get(exchange, "/api/v3/account"), HttpResponse.BodyHandlers.ofString()).body())
                    .isEqualTo(ExchangeError.REJECTED_KEY_IP_OR_PERMISSION.json());
        }
    }

    @Test
    void theSigningPolicyStopsAWithdrawalBeforeItLeavesTheProcess() throws Exception {
        SigningKey key = SigningKeyGenerator.ed25519();
        try (MockExchange exchange = MockExchange.start()) {
            exchange.registerKey(API_KEY, key.verificationKey());
            RequestSigner signer = RequestSigner.builder().keyedSigner(new KeyedSigner(API_KEY, Signers.forKey(key), "t"))
                    .guard(dev.signet.binance.guard.SigningPolicy.defaults()).build();
            SignedHttpClient client = SignedHttpClient.wrap(JDK, HttpRequestSigner.builder().requestSigner(signer).allowedHosts(Set.of("127.0.0.1")).build());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.send(post(exchange, "/sapi/v1/capital/withdraw/apply?coin=BTC"),
                    HttpResponse.BodyHandlers.ofString())).isInstanceOf(dev.signet.binance.SigningRefusedException.class)
                    .hasCauseInstanceOf(dev.signet.binance.guard.PermissionDeniedException.class);
            assertThat(exchange.requests()).isEmpty();
            assertThat(client.send(get(exchange, "/api/v3/account"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void serverTimeComesFromTheMocksClock() throws Exception {
        Clock fixed = Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC);
        try (MockExchange exchange = MockExchange.start(fixed)) {
            assertThat(JDK.send(get(exchange, "/api/v3/time"), HttpResponse.BodyHandlers.ofString()).body())
                    .isEqualTo("{\"serverTime\":" + fixed.millis() + "}");
        }
    }

    @Test
    void decimalBodyParamsInPlainNotationAreAccepted() throws Exception {
        SigningKey key = SigningKeyGenerator.ed25519();
        try (MockExchange exchange = MockExchange.start()) {
            exchange.registerKey(API_KEY, key.verificationKey());
            RequestSigner signer = RequestSigner.builder().keyedSigner(new KeyedSigner(API_KEY, Signers.forKey(key), "t")).build();
            var signed = signer.sign(BinanceRequest.post("/api/v3/order").bodyParam("quantity", new BigDecimal("1E-8")).build());
            HttpRequest request = HttpRequest.newBuilder(signed.uri(exchange.baseUri())).header("X-MBX-APIKEY", API_KEY.value())
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(signed.body())).build();
            assertThat(JDK.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
    }
}
