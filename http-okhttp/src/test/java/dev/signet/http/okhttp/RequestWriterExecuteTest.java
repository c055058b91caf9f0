package dev.signet.http.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.BinanceRequest;
import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.RequestSigner;
import dev.signet.binance.RequestWriter;
import dev.signet.binance.SignedRequest;
import dev.signet.binance.SigningRefusedException;
import dev.signet.binance.guard.PermissionDeniedException;
import dev.signet.core.ApiKey;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Signers;
import dev.signet.core.SigningKey;
import dev.signet.keys.SigningKeyGenerator;
import dev.signet.testkit.MockExchange;
import dev.signet.testkit.RecordedRequest;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A {@link RequestWriter}'s bytes sent through {@link SigningInterceptor#execute(OkHttpClient, HttpUrl, RequestWriter)}. */
class RequestWriterExecuteTest {
    private static final ApiKey API_KEY = ApiKey.of("testKeyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789");

    static Stream<SigningKey> keys() {
        return Stream.of(SigningKey.hmacSha256(InsecureSecretAccess.secretFromString("mock-" + System.nanoTime() + "-Zq8w")),
                SigningKeyGenerator.ed25519(), SigningKeyGenerator.rsa(2048));
    }

    private static RequestSigner.Builder signer(SigningKey key) {
        return RequestSigner.builder().keyedSigner(new KeyedSigner(API_KEY, Signers.forKey(key), key.fingerprint()));
    }

    private static SigningInterceptor interceptor(RequestSigner signer) {
        return SigningInterceptor.create(HttpRequestSigner.builder().requestSigner(signer).allowedHosts(Set.of("127.0.0.1")).build());
    }

    private static HttpUrl origin(MockExchange exchange) {
        return HttpUrl.get(exchange.baseUri().toString());
    }

    @ParameterizedTest
    @MethodSource("keys")
    void theBytesOnTheWireAreTheRequestSignersAndTheExchangeAcceptsThem(SigningKey key) throws Exception {
        try (MockExchange exchange = MockExchange.start()) {
            exchange.registerKey(API_KEY, key.verificationKey());
            RequestSigner signer = signer(key).clock(Clock.fixed(Instant.now(), ZoneOffset.UTC)).build();
            SigningInterceptor interceptor = interceptor(signer);
            OkHttpClient client = interceptor.installOn(new OkHttpClient.Builder()).build();
            RequestWriter query = signer.writer(BinanceRequest.post("/api/v3/order").param("symbol", "LTCBTC").param("side", "BUY")
                    .param("quantity", "1").param("price", "0.1").build());
            RequestWriter body = signer.writer(BinanceRequest.post("/api/v3/order").param("symbol", "LTCBTC").bodyParam("side", "BUY")
                    .bodyParam("quantity", "1").bodyParam("note", "代币").build());
            for (int i = 1; i <= 2; i++) {
                for (RequestWriter writer : new RequestWriter[] {query.set("price", i, 2), body.set("quantity", i)}) {
                    try (Response answer = interceptor.execute(client, origin(exchange), writer)) {
                        assertThat(answer.code()).isEqualTo(200);
                    }
                    SignedRequest expected = signer.sign(writer.request());
                    RecordedRequest sent = exchange.requests().get(exchange.requests().size() - 1);
                    assertThat(sent.rawQuery() == null ? "" : sent.rawQuery()).isEqualTo(expected.query());
                    assertThat(sent.body()).isEqualTo(expected.body());
                    assertThat(sent.apiKeyHeader()).contains(API_KEY.value());
                }
            }
            assertThat(exchange.requests()).hasSize(4).allMatch(RecordedRequest::accepted);
        }
    }

    @Test
    void anOriginOutsideTheAllowListAPathOrAClientWithoutTheInterceptorIsRefusedBeforeSigning() throws Exception {
        SigningKey key = SigningKeyGenerator.ed25519();
        try (MockExchange exchange = MockExchange.start()) {
            RequestSigner signer = signer(key).build();
            RequestWriter writer = signer.writer(BinanceRequest.get("/api/v3/account").build());
            SigningInterceptor strict = SigningInterceptor.create(HttpRequestSigner.builder().requestSigner(signer).build());
            OkHttpClient strictClient = strict.installOn(new OkHttpClient.Builder()).build();
            assertThatThrownBy(() -> strict.execute(strictClient, origin(exchange), writer)).isInstanceOf(SigningRefusedException.class)
                    .hasMessageContaining("allowed exchange host");
            SigningInterceptor interceptor = interceptor(signer);
            OkHttpClient client = interceptor.installOn(new OkHttpClient.Builder()).build();
            assertThatThrownBy(() -> interceptor.execute(client, origin(exchange).resolve("/api/v3/account"), writer))
                    .isInstanceOf(SigningRefusedException.class).hasMessageContaining("no path");
            OkHttpClient halfInstalled = new OkHttpClient.Builder().addInterceptor(interceptor).build();
            assertThatThrownBy(() -> interceptor.execute(halfInstalled, origin(exchange), writer))
                    .isInstanceOf(SigningRefusedException.class).hasMessageContaining("installOn");
            assertThatThrownBy(writer::bytes).isInstanceOf(IllegalStateException.class);
            assertThat(exchange.requests()).isEmpty();
        }
    }

    @Test
    void aGuardRefusalIsASigningRefusedExceptionAndNothingIsSent() throws Exception {
        try (MockExchange exchange = MockExchange.start()) {
            RequestSigner signer = signer(SigningKeyGenerator.ed25519()).build();
            RequestWriter withdraw = signer.writer(BinanceRequest.post("/sapi/v1/capital/withdraw/apply").param("coin", "BTC").build());
            SigningInterceptor interceptor = interceptor(signer);
            OkHttpClient client = interceptor.installOn(new OkHttpClient.Builder()).build();
            assertThatThrownBy(() -> interceptor.execute(client, origin(exchange), withdraw))
                    .isInstanceOf(SigningRefusedException.class).hasCauseInstanceOf(PermissionDeniedException.class);
            assertThat(exchange.requests()).isEmpty();
        }
    }

    @Test
    void aRedirectIsNotFollowedOneOutsideTheAllowListIsRefusedAndA1021IsRepeatedOnce() throws Exception {
        SigningKey key = SigningKeyGenerator.ed25519();
        try (MockExchange exchange = MockExchange.start();
                MockExchange foreign = MockExchange.builder().address(InetAddress.getByName("127.0.0.2")).start()) {
            exchange.registerKey(API_KEY, key.verificationKey());
            exchange.redirect("/api/v3/account", exchange.baseUri().resolve("/api/v3/openOrders"));
            exchange.redirect("/api/v3/myTrades", foreign.baseUri().resolve("/api/v3/myTrades"));
            RequestSigner signer = signer(key).build();
            SigningInterceptor interceptor = interceptor(signer);
            OkHttpClient client = interceptor.installOn(new OkHttpClient.Builder()).build();
            try (Response answer = interceptor.execute(client, origin(exchange), signer.writer(BinanceRequest.get("/api/v3/account").build()))) {
                assertThat(answer.code()).isBetween(300, 399);
            }
            assertThatThrownBy(() -> interceptor.execute(client, origin(exchange), signer.writer(BinanceRequest.get("/api/v3/myTrades").build())))
                    .isInstanceOf(SigningRefusedException.class).hasMessageContaining("refusing to follow a redirect");
            assertThat(foreign.requests()).isEmpty();
            exchange.clockSkew(Duration.ofSeconds(40));
            try (Response answer = interceptor.execute(client, origin(exchange), signer.writer(BinanceRequest.get("/api/v3/openOrders").build()))) {
                assertThat(answer.code()).as("a -1021 measured and the request signed again").isEqualTo(200);
            }
            assertThat(exchange.requests()).extracting(r -> r.path() + " " + r.accepted()).containsExactly("/api/v3/account false",
                    "/api/v3/myTrades false", "/api/v3/openOrders false", "/api/v3/time true", "/api/v3/openOrders true");
        }
    }

    @Test
    void anInterceptorThatRewritesTheUrlOfAWrittenRequestIsRefusedAtTheNetworkPosition() throws Exception {
        try (MockExchange exchange = MockExchange.start(); MockExchange other = MockExchange.start()) {
            RequestSigner signer = signer(SigningKeyGenerator.ed25519()).build();
            SigningInterceptor interceptor = interceptor(signer);
            OkHttpClient client = interceptor.installOn(new OkHttpClient.Builder().addInterceptor(chain -> chain.proceed(chain.request()
                    .newBuilder().url(chain.request().url().newBuilder().port(other.port()).build()).build()))).build();
            assertThatThrownBy(() -> interceptor.execute(client, origin(exchange), signer.writer(BinanceRequest.get("/api/v3/account").build())))
                    .isInstanceOf(SigningRefusedException.class).hasMessageContaining("anywhere but the URL it was signed for");
            assertThat(other.requests()).isEmpty();
            assertThat(exchange.requests()).isEmpty();
        }
    }
}
