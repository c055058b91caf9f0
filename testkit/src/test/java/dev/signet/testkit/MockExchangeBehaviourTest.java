package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.SignedRequest;
import dev.signet.core.Credentials;
import dev.signet.core.SigningAlgorithm;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** MockExchange's listeners, scripted answers, clock skew and test credentials, driven with the bare JDK client. */
class MockExchangeBehaviourTest {
    private static final HttpClient JDK = HttpClient.newHttpClient();

    private static HttpResponse<String> send(HttpRequestSigner signer, String method, URI uri, String form) throws Exception {
        SignedRequest signed = signer.sign(method, uri, null, form);
        HttpRequest.Builder request = HttpRequest.newBuilder(signed.uri(uri.resolve("/"))).header(SignedRequest.API_KEY_HEADER, signed.apiKey());
        return JDK.send(request.method(method, signed.hasBody() ? HttpRequest.BodyPublishers.ofString(signed.body())
                : HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void testCredentialsAreRegisteredAndTheSignerForThemMaySignForTheMock(SigningAlgorithm algorithm) throws Exception {
        try (MockExchange exchange = MockExchange.start()) {
            Credentials credentials = exchange.testCredentials(algorithm);
            HttpRequestSigner signer = exchange.signerFor(credentials);
            assertThat(signer.signs(exchange.baseUri())).isTrue();
            assertThat(signer.signs(URI.create("https://api.binance.com"))).isFalse();
            assertThat(send(signer, "POST", exchange.baseUri().resolve("/api/v3/order?symbol=LTCBTC"), "side=BUY&note=a%20b").statusCode())
                    .isEqualTo(200);
            assertThat(exchange.requests()).singleElement().satisfies(r -> {
                assertThat(r.accepted()).isTrue();
                assertThat(r.params()).startsWith(entry("symbol", "LTCBTC"), entry("side", "BUY"), entry("note", "a b"));
                assertThat(r.param("signature")).isPresent();
            });
        }
    }

    @Test
    void closingTheMockWipesTheTestCredentials() {
        MockExchange exchange = MockExchange.start();
        Credentials credentials = exchange.testCredentials(SigningAlgorithm.HMAC_SHA256);
        exchange.close();
        assertThatThrownBy(() -> dev.signet.core.InsecureSecretAccess.copyBytes(credentials.signingKey().material()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void listensOnAnotherLoopbackAddressAndOverHttps() throws Exception {
        LoopbackTls tls = LoopbackTls.create();
        try (MockExchange other = MockExchange.builder().address(InetAddress.getByName("127.0.0.2")).start();
                MockExchange secure = MockExchange.builder().https(tls).start()) {
            assertThat(other.baseUri().toString()).startsWith("http://127.0.0.2:");
            assertThat(secure.baseUri().toString()).startsWith("https://127.0.0.1:");
            HttpClient trusting = HttpClient.newBuilder().sslContext(tls.clientContext()).build();
            assertThat(trusting.send(HttpRequest.newBuilder(secure.baseUri().resolve("/api/v3/ping")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(JDK.send(HttpRequest.newBuilder(other.baseUri().resolve("/api/v3/ping")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
        assertThatThrownBy(() -> MockExchange.builder().address(InetAddress.getByName("10.1.2.3")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
    }

    @Test
    void redirectsAndQueuedAnswersAreCheckedAndRecordedThenForgotten() throws Exception {
        try (MockExchange exchange = MockExchange.start()) {
            HttpRequestSigner signer = exchange.signerFor(exchange.testCredentials(SigningAlgorithm.ED25519));
            URI account = exchange.baseUri().resolve("/api/v3/account");
            exchange.redirect("/api/v3/account", 308, URI.create("https://elsewhere.example/x"));
            exchange.answerNext("/api/v3/account", 503, Map.of("Retry-After", "1"));
            HttpResponse<String> queued = send(signer, "GET", account, null);
            assertThat(queued.statusCode()).isEqualTo(503);
            assertThat(queued.headers().firstValue("Retry-After")).contains("1");
            HttpResponse<String> redirected = send(signer, "GET", account, null);
            assertThat(redirected.statusCode()).isEqualTo(308);
            assertThat(redirected.headers().firstValue("Location")).contains("https://elsewhere.example/x");
            exchange.resetBehaviour();
            assertThat(send(signer, "GET", account, null).statusCode()).isEqualTo(200);
            assertThat(exchange.requests()).extracting(RecordedRequest::httpStatus).containsExactly(503, 308, 200);
            assertThat(exchange.requests()).extracting(RecordedRequest::errorCode).containsOnly(0);
            assertThatThrownBy(() -> exchange.redirect("/x", 200, account)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aSkewedClockMovesTheTimeEndpointAndTheRecvWindowCheck() throws Exception {
        Clock fixed = Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC);
        try (MockExchange exchange = MockExchange.start(fixed); MockExchange live = MockExchange.start()) {
            exchange.clockSkew(Duration.ofSeconds(8));
            assertThat(JDK.send(HttpRequest.newBuilder(exchange.baseUri().resolve("/api/v3/time")).build(), HttpResponse.BodyHandlers.ofString())
                    .body()).isEqualTo("{\"serverTime\":" + (fixed.millis() + 8000) + "}");
            HttpRequestSigner signer = live.signerFor(live.testCredentials(SigningAlgorithm.ED25519));
            URI account = live.baseUri().resolve("/api/v3/account");
            live.clockSkew(Duration.ofSeconds(8));
            assertThat(send(signer, "GET", account, null).body()).isEqualTo(ExchangeError.TIMESTAMP_OUTSIDE_RECV_WINDOW.json());
            live.clockSkew(Duration.ZERO);
            assertThat(send(signer, "GET", account, null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void pathsTheDocsDoNotListAreNotRoutedWhateverTheKey() throws Exception {
        try (MockExchange exchange = MockExchange.start()) {
            Credentials credentials = exchange.testCredentials(SigningAlgorithm.HMAC_SHA256);
            for (String endpoint : new String[] {"POST /sapi/v1/capital/withdraw/apply/", "POST /sapi/v1//capital/withdraw/apply",
                    "POST /sapi/v1/capital/withdraw/apply;x=1", "POST /sapi/v1/capital/withdraw/apply.json",
                    "GET /sapi/v1/capital/withdraw/apply", "POST /sapi/v1/giftcard/createCode"}) {
                String[] parts = endpoint.split(" ");
                HttpResponse<String> response = JDK.send(HttpRequest.newBuilder(URI.create(exchange.baseUri() + parts[1]))
                        .header(SignedRequest.API_KEY_HEADER, credentials.apiKey().value())
                        .method(parts[0], HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(endpoint).isEqualTo(ExchangeError.NO_SUCH_ENDPOINT.httpStatus());
            }
            assertThat(exchange.requests()).noneMatch(RecordedRequest::accepted);
        }
    }

    @Test
    void theSignerForAMockAllowsItsOriginOnly() {
        try (MockExchange exchange = MockExchange.start(); MockExchange other = MockExchange.start()) {
            HttpRequestSigner signer = exchange.signerFor(exchange.testCredentials(SigningAlgorithm.HMAC_SHA256));
            assertThat(signer.signs(exchange.baseUri())).isTrue();
            assertThat(signer.signs(other.baseUri())).isFalse();
            assertThat(Set.of(exchange.hostAndPort())).singleElement().asString().isEqualTo("127.0.0.1:" + exchange.port());
        }
    }
}
