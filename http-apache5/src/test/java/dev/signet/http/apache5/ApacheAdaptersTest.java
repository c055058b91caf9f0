package dev.signet.http.apache5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.http.nio.entity.StringAsyncEntityProducer;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.net.URIBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ApacheAdaptersTest {
    private static final ApiKey API_KEY = ApiKey.of("apacheKeyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789");

    static Stream<SigningKey> keys() {
        return Stream.of(SigningKey.hmacSha256(InsecureSecretAccess.secretFromString("apache-" + System.nanoTime() + "-Zq8w")),
                SigningKeyGenerator.ed25519(), SigningKeyGenerator.rsa(2048));
    }

    private static HttpRequestSigner signer(SigningKey key, Clock clock) {
        RequestSigner signer = RequestSigner.builder().keyedSigner(new KeyedSigner(API_KEY, Signers.forKey(key), "t")).clock(clock).build();
        return HttpRequestSigner.builder().requestSigner(signer).allowedHosts(Set.of("127.0.0.1")).build();
    }

    private static CloseableHttpClient classic(SigningKey key, Clock clock) {
        return SigningExecHandler.create(signer(key, clock)).installOn(HttpClients.custom()).build();
    }

    private static String body(CloseableHttpClient client, org.apache.hc.core5.http.ClassicHttpRequest request) throws Exception {
        return client.execute(request, response -> EntityUtils.toString(response.getEntity()));
    }

    @ParameterizedTest
    @MethodSource("keys")
    void classicGetFormPostAndNonAsciiAreAccepted(SigningKey key) throws Exception {
        try (MockExchange exchange = MockExchange.start(); CloseableHttpClient client = classic(key, Clock.systemUTC())) {
            exchange.registerKey(API_KEY, key.verificationKey());
            body(client, new HttpGet(exchange.baseUri() + "/api/v3/account"));
            HttpPost post = new HttpPost(exchange.baseUri() + "/api/v3/order?symbol=LTCBTC");
            post.setEntity(new UrlEncodedFormEntity(List.of(new BasicNameValuePair("side", "BUY"), new BasicNameValuePair("quantity", "1"))));
            body(client, post);
            body(client, new HttpGet(new URIBuilder(exchange.baseUri() + "/api/v3/myTrades").addParameter("symbol", "１２３代币").build()));
            assertThat(exchange.requests()).hasSize(3).allMatch(RecordedRequest::accepted);
        }
    }

    @ParameterizedTest
    @MethodSource("keys")
    void asyncGetFormPostAndNonAsciiAreAccepted(SigningKey key) throws Exception {
        try (MockExchange exchange = MockExchange.start();
                CloseableHttpAsyncClient client = AsyncSigningExecHandler.create(signer(key, Clock.systemUTC())).installOn(HttpAsyncClients.custom()).build()) {
            exchange.registerKey(API_KEY, key.verificationKey());
            client.start();
            client.execute(SimpleRequestBuilder.get(exchange.baseUri() + "/api/v3/account").build(), null).get(10, TimeUnit.SECONDS);
            client.execute(SimpleRequestBuilder.post(exchange.baseUri() + "/api/v3/order?symbol=LTCBTC")
                    .setBody("side=BUY&quantity=1", ContentType.APPLICATION_FORM_URLENCODED).build(), null).get(10, TimeUnit.SECONDS);
            client.execute(SimpleRequestBuilder.post(new URIBuilder(exchange.baseUri() + "/api/v3/order").addParameter("symbol", "代币")
                    .addParameter("side", "BUY").build()).build(), null).get(10, TimeUnit.SECONDS);
            assertThat(exchange.requests()).hasSize(3).allMatch(RecordedRequest::accepted);
            assertThat(exchange.requests().get(1).body()).startsWith("side=BUY&quantity=1&timestamp=").contains("&signature=");
        }
    }

    @Test
    void asyncStreamingBodiesAreRefusedWithAClearMessage() throws Exception {
        SigningKey key = SigningKeyGenerator.ed25519();
        try (MockExchange exchange = MockExchange.start();
                CloseableHttpAsyncClient client = AsyncSigningExecHandler.create(signer(key, Clock.systemUTC())).installOn(HttpAsyncClients.custom()).build()) {
            client.start();
            StringAsyncEntityProducer stream = new StringAsyncEntityProducer("side=BUY", ContentType.APPLICATION_FORM_URLENCODED) {
                @Override
                public boolean isRepeatable() {
                    return false;
                }
            };
            SimpleHttpRequest post = SimpleRequestBuilder.post(exchange.baseUri() + "/api/v3/order").build();
            assertThatThrownBy(() -> client.execute(new BasicRequestProducer(post, stream), SimpleResponseConsumer.create(), null)
                    .get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class).hasMessageContaining("cannot read twice");
            assertThat(exchange.requests()).isEmpty();
        }
    }

    @Test
    void staleTimestampWrongKeyAndRedirectsBehave() throws Exception {
        SigningKey key = SigningKeyGenerator.ed25519();
        try (MockExchange exchange = MockExchange.start(); MockExchange elsewhere = MockExchange.start()) {
            exchange.registerKey(API_KEY, key.verificationKey());
            try (CloseableHttpClient stale = classic(key, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-1)));
                    CloseableHttpClient wrong = classic(SigningKeyGenerator.ed25519(), Clock.systemUTC());
                    CloseableHttpClient good = classic(key, Clock.systemUTC())) {
                assertThat(body(stale, new HttpGet(exchange.baseUri() + "/api/v3/account"))).isEqualTo(ExchangeError.TIMESTAMP_OUTSIDE_RECV_WINDOW.json());
                assertThat(body(wrong, new HttpGet(exchange.baseUri() + "/api/v3/account"))).isEqualTo(ExchangeError.BAD_SIGNATURE.json());
                exchange.redirect("/api/v3/account", URI.create("http://localhost:" + elsewhere.port() + "/collect"));
                body(good, new HttpGet(exchange.baseUri() + "/api/v3/account"));
                assertThat(elsewhere.requests()).hasSize(1);
                assertThat(elsewhere.requests().get(0).apiKeyHeader()).isEmpty();
            }
        }
    }
}
