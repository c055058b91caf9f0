package dev.signet.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.SigningRefusedException;
import dev.signet.binance.RequestSigner;
import dev.signet.binance.guard.SigningPolicy;
import dev.signet.core.ApiKey;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Signers;
import dev.signet.core.SigningKey;
import dev.signet.testkit.MockExchange;
import dev.signet.testkit.RecordedRequest;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every Spring adapter must do, run against a real {@link MockExchange} and a second loopback server standing for
 * "another host" ({@code localhost}, not an allowed host): sign GET and form POST, replace a caller's stale
 * timestamp and signature, let nothing signed follow a redirect to another origin, re-sign a same-origin redirect, leave
 * other hosts' requests alone, and report a refusal through the client's normal error channel without harming the next
 * request. Each subclass drives one client. When the testkit's adapter contract suite lands (issue #26), subclasses of
 * it replace these cases.
 */
abstract class SigningAdapterCases {
    private static final String ORDER = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=30000";
    private static TestCredentials credentials;
    private static KeyedSigner keyedSigner;

    MockExchange exchange;
    MockExchange elsewhere;
    HttpRequestSigner signer;

    /** Sends a request through the client under test; {@code form} is the form body, or null for none. Returns the status. */
    abstract int send(String method, URI uri, String form) throws Exception;

    /** Sends a request the guard refuses; returns what the client's normal error channel delivered. */
    abstract Throwable refusal(String method, URI uri, String form);

    /** Builds the client under test around {@link #signer}. */
    abstract void createClient();

    @BeforeAll
    static void key() {
        credentials = TestCredentials.create();
        keyedSigner = new KeyedSigner(ApiKey.of(credentials.apiKey()),
                Signers.forKey(SigningKey.hmacSha256(InsecureSecretAccess.secretFromString(credentials.secret()))), "test");
    }

    @AfterAll
    static void wipe() {
        keyedSigner.close();
    }

    @BeforeEach
    void start() {
        exchange = credentials.registerWith(MockExchange.start());
        elsewhere = MockExchange.start();
        signer = HttpRequestSigner.builder().allowedHosts(Set.of("127.0.0.1"))
                .requestSigner(RequestSigner.builder().keyedSigner(keyedSigner).guard(SigningPolicy.defaults()).build()).build();
        createClient();
    }

    @AfterEach
    void stop() {
        exchange.close();
        elsewhere.close();
    }

    URI onExchange(String pathAndQuery) {
        return exchange.baseUri().resolve(pathAndQuery);
    }

    URI elsewhere(String pathAndQuery) {
        return URI.create("http://localhost:" + elsewhere.port() + pathAndQuery);
    }

    @Test
    void signsGetAndFormPostAsTheExchangeChecksThem() throws Exception {
        assertThat(send("GET", onExchange("/api/v3/myTrades?symbol=BTCUSDT"), null)).isEqualTo(200);
        assertThat(send("POST", onExchange("/api/v3/order"), ORDER)).isEqualTo(200);
        assertThat(exchange.requests()).hasSize(2).allMatch(RecordedRequest::accepted);
        assertThat(exchange.requests().get(1).body()).startsWith(ORDER + "&timestamp=").contains("&signature=");
    }

    @Test
    void replacesAStaleTimestampAndSignatureTheCallerSent() throws Exception {
        assertThat(send("GET", onExchange("/api/v3/openOrders?symbol=BTCUSDT&timestamp=1&signature=stale"), null)).isEqualTo(200);
        assertThat(exchange.requests().get(0).accepted()).isTrue();
        assertThat(exchange.requests().get(0).rawQuery()).doesNotContain("timestamp=1&", "stale");
    }

    @Test
    void aRedirectToAnotherHostCarriesNothingSigned() throws Exception {
        exchange.redirect("/api/v3/order", elsewhere("/collect"));
        exchange.redirect("/api/v3/account", elsewhere("/collect"));
        send("POST", onExchange("/api/v3/order"), ORDER);
        send("GET", onExchange("/api/v3/account"), null);
        assertThat(elsewhere.requests()).hasSize(2).allSatisfy(SigningAdapterCases::carriesNothingSigned);
        assertThat(elsewhere.requests().get(0).body()).isEqualTo(ORDER);
    }

    @Test
    void aRedirectToAnotherPortOfTheSameAllowedHostCarriesNothingSigned() throws Exception {
        exchange.redirect("/api/v3/account", URI.create("http://127.0.0.1:" + elsewhere.port() + "/api/v3/account"));
        send("GET", onExchange("/api/v3/account"), null);
        assertThat(elsewhere.requests()).singleElement().satisfies(SigningAdapterCases::carriesNothingSigned);
    }

    @Test
    void aSameOriginRedirectIsSignedAgain() throws Exception {
        exchange.redirect("/api/v3/allOrders", onExchange("/api/v3/account"));
        assertThat(send("GET", onExchange("/api/v3/allOrders?symbol=BTCUSDT"), null)).isEqualTo(200);
        assertThat(exchange.requests()).extracting(RecordedRequest::path).containsExactly("/api/v3/allOrders", "/api/v3/account");
        assertThat(exchange.requests().get(1).accepted()).isTrue();
    }

    @Test
    void requestsToOtherHostsPassUnchanged() throws Exception {
        send("POST", elsewhere("/other?a=1"), "b=2");
        RecordedRequest other = elsewhere.requests().get(0);
        assertThat(other.rawQuery()).isEqualTo("a=1");
        assertThat(other.body()).isEqualTo("b=2");
        carriesNothingSigned(other);
    }

    @Test
    void aRefusalIsTheClientsErrorAndTheNextRequestIsSigned() throws Exception {
        Throwable refused = refusal("POST", onExchange("/sapi/v1/capital/withdraw/apply"), "coin=BTC&address=x&amount=1");
        assertThat(refused).isInstanceOf(SigningRefusedException.class).hasMessageContaining("WITHDRAW");
        assertThat(exchange.requests()).isEmpty();
        assertThat(send("GET", onExchange("/api/v3/account"), null)).isEqualTo(200);
        assertThat(exchange.requests()).singleElement().matches(RecordedRequest::accepted);
    }

    static void carriesNothingSigned(RecordedRequest request) {
        assertThat(request.apiKeyHeader()).isEmpty();
        assertThat(request.rawQuery() + "&" + request.body()).doesNotContain("timestamp=", "signature=");
    }
}
