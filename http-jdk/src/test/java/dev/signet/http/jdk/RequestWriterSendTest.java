package dev.signet.http.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.BinanceRequest;
import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.RequestSigner;
import dev.signet.binance.RequestWriter;
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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A {@link RequestWriter}'s bytes sent through {@link SignedHttpClient#send(URI, RequestWriter, HttpResponse.BodyHandler)}. */
class RequestWriterSendTest {
    private static final ApiKey API_KEY = ApiKey.of("testKeyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789");
    private static final HttpClient JDK = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static Stream<SigningKey> keys() {
        return Stream.of(SigningKey.hmacSha256(InsecureSecretAccess.secretFromString("mock-" + System.nanoTime() + "-Zq8w")),
                SigningKeyGenerator.ed25519(), SigningKeyGenerator.rsa(2048));
    }

    private static RequestSigner signer(SigningKey key) {
        return RequestSigner.builder().keyedSigner(new KeyedSigner(API_KEY, Signers.forKey(key), key.fingerprint())).build();
    }

    private static SignedHttpClient client(RequestSigner signer) {
        return SignedHttpClient.wrap(JDK, HttpRequestSigner.builder().requestSigner(signer).allowedHosts(Set.of("127.0.0.1")).build());
    }

    @ParameterizedTest
    @MethodSource("keys")
    void queryAndFormBodyOrdersAreAcceptedByTheExchange(SigningKey key) throws Exception {
        try (MockExchange exchange = MockExchange.start()) {
            exchange.registerKey(API_KEY, key.verificationKey());
            RequestSigner signer = signer(key);
            SignedHttpClient client = client(signer);
            RequestWriter query = signer.writer(BinanceRequest.post("/api/v3/order").param("symbol", "LTCBTC").param("side", "BUY")
                    .param("quantity", "1").param("price", "0.1").build());
            RequestWriter body = signer.writer(BinanceRequest.post("/api/v3/order").param("symbol", "LTCBTC").bodyParam("side", "BUY")
                    .bodyParam("quantity", "1").bodyParam("note", "代币").build());
            for (int i = 1; i <= 3; i++) {
                assertThat(client.send(exchange.baseUri(), query.set("price", i, 2), HttpResponse.BodyHandlers.ofString()).statusCode())
                        .isEqualTo(200);
                assertThat(client.send(exchange.baseUri(), body.set("quantity", i), HttpResponse.BodyHandlers.ofString()).statusCode())
                        .isEqualTo(200);
            }
            assertThat(exchange.requests()).hasSize(6).allMatch(RecordedRequest::accepted);
            assertThat(exchange.requests().get(1).body()).startsWith("side=BUY&quantity=1&note=%E4%BB%A3%E5%B8%81&timestamp=");
        }
    }

    @Test
    void anOriginOutsideTheAllowListOrAPathIsRefusedBeforeSigning() throws Exception {
        SigningKey key = SigningKeyGenerator.ed25519();
        try (MockExchange exchange = MockExchange.start()) {
            RequestSigner signer = signer(key);
            RequestWriter writer = signer.writer(BinanceRequest.get("/api/v3/account").build());
            SignedHttpClient client = SignedHttpClient.wrap(JDK, HttpRequestSigner.builder().requestSigner(signer).build());
            assertThatThrownBy(() -> client.send(exchange.baseUri(), writer, HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(SigningRefusedException.class).hasMessageContaining("allowed exchange host");
            assertThatThrownBy(() -> client(signer).send(exchange.baseUri().resolve("/api/v3/account"), writer,
                    HttpResponse.BodyHandlers.ofString())).isInstanceOf(SigningRefusedException.class).hasMessageContaining("no path");
            assertThatThrownBy(writer::bytes).isInstanceOf(IllegalStateException.class);
            assertThat(exchange.requests()).isEmpty();
        }
    }

    @Test
    void aGuardRefusalIsASigningRefusedExceptionAndNothingIsSent() throws Exception {
        SigningKey key = SigningKeyGenerator.ed25519();
        try (MockExchange exchange = MockExchange.start()) {
            RequestSigner signer = signer(key);
            RequestWriter withdraw = signer.writer(BinanceRequest.post("/sapi/v1/capital/withdraw/apply").param("coin", "BTC").build());
            assertThatThrownBy(() -> client(signer).send(exchange.baseUri(), withdraw, HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(SigningRefusedException.class).hasCauseInstanceOf(PermissionDeniedException.class);
            assertThat(exchange.requests()).isEmpty();
        }
    }

    @Test
    void aRedirectIsNotFollowed() throws Exception {
        SigningKey key = SigningKeyGenerator.ed25519();
        try (MockExchange exchange = MockExchange.start(); MockExchange elsewhere = MockExchange.start()) {
            exchange.registerKey(API_KEY, key.verificationKey());
            exchange.redirect("/api/v3/account", elsewhere.baseUri().resolve("/api/v3/account"));
            RequestSigner signer = signer(key);
            HttpResponse<String> answer = client(signer).send(exchange.baseUri(), signer.writer(BinanceRequest.get("/api/v3/account").build()),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isBetween(300, 399);
            assertThat(elsewhere.requests()).isEmpty();
        }
    }

    @Test
    void aRejectedTimestampIsMeasuredAndARepeatableRequestSignedAgain() throws Exception {
        SigningKey key = SigningKeyGenerator.ed25519();
        try (MockExchange exchange = MockExchange.start()) {
            exchange.registerKey(API_KEY, key.verificationKey());
            exchange.clockSkew(Duration.ofSeconds(40));
            RequestSigner signer = signer(key);
            RequestWriter account = signer.writer(BinanceRequest.get("/api/v3/account").build());
            assertThat(client(signer).send(exchange.baseUri(), account, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(exchange.requests().stream().filter(r -> r.path().equals("/api/v3/account")).map(RecordedRequest::accepted))
                    .containsExactly(false, true);
        }
    }
}
