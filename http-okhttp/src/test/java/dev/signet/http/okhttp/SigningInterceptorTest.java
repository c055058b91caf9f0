package dev.signet.http.okhttp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.RequestSigner;
import dev.signet.core.ApiKey;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Signers;
import dev.signet.core.SigningKey;
import dev.signet.keys.SigningKeyGenerator;
import dev.signet.testkit.ExchangeError;
import dev.signet.testkit.MockExchange;
import dev.signet.testkit.RecordedRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SigningInterceptorTest {
    private static final ApiKey API_KEY = ApiKey.of("okhttpKeyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789");

    static Stream<SigningKey> keys() {
        return Stream.of(SigningKey.hmacSha256(InsecureSecretAccess.secretFromString("okhttp-" + System.nanoTime() + "-Zq8w")),
                SigningKeyGenerator.ed25519(), SigningKeyGenerator.rsa(2048));
    }

    private static OkHttpClient client(SigningKey key, Clock clock) {
        RequestSigner signer = RequestSigner.builder().keyedSigner(new KeyedSigner(API_KEY, Signers.forKey(key), "t")).clock(clock).build();
        HttpRequestSigner http = HttpRequestSigner.builder().requestSigner(signer).allowedHosts(Set.of("127.0.0.1")).build();
        return SigningInterceptor.create(http).installOn(new OkHttpClient.Builder()).build();
    }

    private static String call(OkHttpClient client, Request request) throws Exception {
        try (Response response = client.newCall(request).execute()) {
            return response.body().string();
        }
    }

    @ParameterizedTest
    @MethodSource("keys")
    void getFormPostAndNonAsciiAreAccepted(SigningKey key) throws Exception {
        try (MockExchange exchange = MockExchange.start()) {
            exchange.registerKey(API_KEY, key.verificationKey());
            OkHttpClient client = client(key, Clock.systemUTC());
            String base = exchange.baseUri().toString();
            call(client, new Request.Builder().url(base + "/api/v3/account").build());
            call(client, new Request.Builder().url(base + "/api/v3/order?symbol=LTCBTC")
                    .post(new FormBody.Builder().add("side", "BUY").add("quantity", "1").build()).build());
            call(client, new Request.Builder().url(okhttp3.HttpUrl.get(base + "/api/v3/myTrades").newBuilder()
                    .addQueryParameter("symbol", "１２３代币").build()).build());
            assertThat(exchange.requests()).hasSize(3).allMatch(RecordedRequest::accepted);
        }
    }

    @Test
    void staleTimestampAndWrongKeyAreRejected() throws Exception {
        SigningKey key = SigningKeyGenerator.ed25519();
        try (MockExchange exchange = MockExchange.start()) {
            exchange.registerKey(API_KEY, key.verificationKey());
            Request account = new Request.Builder().url(exchange.baseUri() + "/api/v3/account").build();
            assertThat(call(client(key, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-1))), account))
                    .isEqualTo(ExchangeError.TIMESTAMP_OUTSIDE_RECV_WINDOW.json());
            assertThat(call(client(SigningKeyGenerator.ed25519(), Clock.systemUTC()), account)).isEqualTo(ExchangeError.BAD_SIGNATURE.json());
        }
    }

    @Test
    void redirectToAnotherHostCarriesNoApiKeyAndRetriesAreReSigned() throws Exception {
        SigningKey key = SigningKeyGenerator.ed25519();
        try (MockExchange exchange = MockExchange.start(); MockExchange elsewhere = MockExchange.start()) {
            exchange.registerKey(API_KEY, key.verificationKey());
            exchange.redirect("/api/v3/account", URI.create("http://localhost:" + elsewhere.port() + "/collect"));
            OkHttpClient client = client(key, Clock.systemUTC());
            call(client, new Request.Builder().url(exchange.baseUri() + "/api/v3/account").build());
            assertThat(elsewhere.requests()).hasSize(1);
            assertThat(elsewhere.requests().get(0).apiKeyHeader()).isEmpty();
            Request reused = new Request.Builder().url(exchange.baseUri() + "/api/v3/openOrders?timestamp=1&signature=stale").build();
            call(client, reused);
            assertThat(exchange.requests().get(1).accepted()).isTrue();
            assertThat(exchange.requests().get(1).rawQuery()).doesNotContain("timestamp=1&", "stale");
        }
    }
}
