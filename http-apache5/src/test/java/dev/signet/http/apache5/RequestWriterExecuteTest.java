package dev.signet.http.apache5;

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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.junit.jupiter.api.Test;

/** A {@link RequestWriter}'s bytes sent through {@link SigningExecHandler#execute}. */
class RequestWriterExecuteTest {
    private static final ApiKey API_KEY = ApiKey.of("testKeyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789");

    private static RequestSigner.Builder signer(SigningKey key) {
        return RequestSigner.builder().keyedSigner(new KeyedSigner(API_KEY, Signers.forKey(key), key.fingerprint()));
    }

    private static SigningExecHandler handler(RequestSigner signer) {
        return SigningExecHandler.create(HttpRequestSigner.builder().requestSigner(signer).allowedHosts(Set.of("127.0.0.1")).build());
    }

    @Test
    void theBytesOnTheWireAreTheRequestSignersAndTheExchangeAcceptsThem() throws Exception {
        for (SigningKey key : List.of(SigningKey.hmacSha256(InsecureSecretAccess.secretFromString("mock-" + System.nanoTime() + "-Zq8w")),
                SigningKeyGenerator.ed25519(), SigningKeyGenerator.rsa(2048))) {
            try (MockExchange exchange = MockExchange.start()) {
                exchange.registerKey(API_KEY, key.verificationKey());
                RequestSigner signer = signer(key).clock(Clock.fixed(Instant.now(), ZoneOffset.UTC)).build();
                SigningExecHandler handler = handler(signer);
                RequestWriter query = signer.writer(BinanceRequest.delete("/api/v3/order").param("symbol", "LTCBTC").param("orderId", "1").build());
                RequestWriter body = signer.writer(BinanceRequest.post("/api/v3/order").param("symbol", "LTCBTC").bodyParam("side", "SELL")
                        .bodyParam("quantity", "2").bodyParam("note", "ß€").build());
                try (CloseableHttpClient client = handler.installOn(HttpClients.custom()).build()) {
                    for (RequestWriter writer : List.of(query.set("orderId", 7), body.set("quantity", 3, 1), query.set("orderId", 8))) {
                        try (ClassicHttpResponse answer = handler.execute(client, exchange.baseUri(), writer)) {
                            assertThat(answer.getCode()).isEqualTo(200);
                        }
                        SignedRequest expected = signer.sign(writer.request());
                        RecordedRequest sent = exchange.requests().get(exchange.requests().size() - 1);
                        assertThat(sent.rawQuery() == null ? "" : sent.rawQuery()).isEqualTo(expected.query());
                        assertThat(sent.body()).isEqualTo(expected.body());
                        assertThat(sent.apiKeyHeader()).contains(API_KEY.value());
                    }
                }
                assertThat(exchange.requests()).hasSize(3).allMatch(RecordedRequest::accepted);
            }
        }
    }

    @Test
    void refusesAnOriginOutsideTheAllowListAPathAGuardRefusalAndAClientWithoutSignet() throws Exception {
        try (MockExchange exchange = MockExchange.start()) {
            SigningKey key = SigningKeyGenerator.ed25519();
            exchange.registerKey(API_KEY, key.verificationKey());
            RequestSigner signer = signer(key).build();
            RequestWriter account = signer.writer(BinanceRequest.get("/api/v3/account").build());
            SigningExecHandler strict = SigningExecHandler.create(HttpRequestSigner.builder().requestSigner(signer).build());
            SigningExecHandler handler = handler(signer);
            try (CloseableHttpClient strictClient = strict.installOn(HttpClients.custom()).build();
                    CloseableHttpClient client = handler.installOn(HttpClients.custom()).build();
                    CloseableHttpClient plain = HttpClients.createDefault()) {
                assertThatThrownBy(() -> strict.execute(strictClient, exchange.baseUri(), account)).isInstanceOf(SigningRefusedException.class)
                        .hasMessageContaining("allowed exchange host");
                assertThatThrownBy(() -> handler.execute(client, exchange.baseUri().resolve("/api/v3/account"), account))
                        .isInstanceOf(SigningRefusedException.class).hasMessageContaining("no path");
                RequestWriter withdraw = signer.writer(BinanceRequest.post("/sapi/v1/capital/withdraw/apply").param("coin", "BTC").build());
                assertThatThrownBy(() -> handler.execute(client, exchange.baseUri(), withdraw))
                        .isInstanceOf(SigningRefusedException.class).hasCauseInstanceOf(PermissionDeniedException.class);
                assertThat(exchange.requests()).isEmpty();
                assertThatThrownBy(() -> strict.execute(client, exchange.baseUri(), account)).isInstanceOf(SigningRefusedException.class);
                assertThatThrownBy(() -> handler.execute(strictClient, exchange.baseUri(), account)).isInstanceOf(SigningRefusedException.class)
                        .hasMessageContaining("the signer it was checked with");
                assertThat(exchange.requests()).isEmpty();
                assertThatThrownBy(() -> handler.execute(plain, exchange.baseUri(), account)).isInstanceOf(SigningRefusedException.class)
                        .hasMessageContaining("installOn");
            }
        }
    }

    @Test
    void aRedirectIsNotFollowedAndATimestampRejectionIsRepeatedOnce() throws Exception {
        SigningKey key = SigningKeyGenerator.ed25519();
        try (MockExchange exchange = MockExchange.start(); MockExchange elsewhere = MockExchange.start()) {
            exchange.registerKey(API_KEY, key.verificationKey());
            exchange.redirect("/api/v3/myTrades", elsewhere.baseUri().resolve("/api/v3/myTrades"));
            RequestSigner signer = signer(key).build();
            SigningExecHandler handler = handler(signer);
            try (CloseableHttpClient client = handler.installOn(HttpClients.custom()).build()) {
                try (ClassicHttpResponse answer = handler.execute(client, exchange.baseUri(), signer.writer(BinanceRequest.get("/api/v3/myTrades").build()))) {
                    assertThat(answer.getCode()).isBetween(300, 399);
                }
                assertThat(elsewhere.requests()).isEmpty();
                exchange.clockSkew(Duration.ofSeconds(40));
                try (ClassicHttpResponse answer = handler.execute(client, exchange.baseUri(), signer.writer(BinanceRequest.get("/api/v3/account").build()))) {
                    assertThat(answer.getCode()).isEqualTo(200);
                }
            }
            assertThat(exchange.requests().stream().filter(r -> r.path().equals("/api/v3/account")).map(RecordedRequest::accepted))
                    .containsExactly(false, true);
        }
    }
}
