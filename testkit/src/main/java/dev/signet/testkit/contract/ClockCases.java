package dev.signet.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.TimestampRejectedException;
import dev.signet.testkit.ExchangeError;
import dev.signet.testkit.MockExchange;
import dev.signet.testkit.RecordedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Contract cases: clock recovery. When the exchange answers -1021 the adapter measures the server time once (the
 * time endpoint, rate-limited) and repeats the request once with a fresh timestamp if it is safe to repeat (GET,
 * DELETE, an order named by a client order id); otherwise the error arrives with the measured offset.
 *
 * <pre>{@code class MyAdapterContractTest extends HttpAdapterContract { ... } // runs these cases}</pre>
 */
@SuppressWarnings("exports") // JUnit is optional in the testkit; see MockExchangeExtension
public interface ClockCases {
    /** How far the exchange's clock runs ahead in these cases: beyond the default 5 s recvWindow. */
    Duration SKEW = Duration.ofSeconds(8);

    /** The fixture of the running contract. */
    ContractFixture fixture();

    /** A read rejected for its timestamp is corrected through the time endpoint and repeated once, then accepted. */
    @Test
    default void aRejectedReadIsCorrectedAndRepeatedOnce() throws Exception {
        ContractFixture f = fixture();
        MockExchange exchange = f.exchange().clockSkew(SKEW);
        assertThat(f.client().send(ContractRequest.get(exchange.baseUri().resolve("/api/v3/account"))).status()).isEqualTo(200);
        List<RecordedRequest> received = exchange.requests();
        assertThat(received).extracting(RecordedRequest::path).containsExactly("/api/v3/account", "/api/v3/time", "/api/v3/account");
        assertThat(received.get(0).errorCode()).isEqualTo(ExchangeError.TIMESTAMP_OUTSIDE_RECV_WINDOW.code());
        assertThat(received.get(1).apiKeyHeader()).as("the time request carries no API key").isEmpty();
        Expect.accepted(received.get(2));
        assertThat(Expect.timestamp(received.get(2)) - Expect.timestamp(received.get(0))).isCloseTo(SKEW.toMillis(), within(2_000L));
    }

    /** An order named by a client order id cannot be placed twice, so it is repeated too. */
    @Test
    default void anOrderWithAClientOrderIdIsRepeated() throws Exception {
        ContractFixture f = fixture();
        MockExchange exchange = f.exchange().clockSkew(SKEW);
        ContractRequest order = ContractRequest.form("POST", exchange.baseUri().resolve("/api/v3/order"),
                "symbol=LTCBTC&side=BUY&type=MARKET&quantity=1&newClientOrderId=bot-7");
        assertThat(f.client().send(order).status()).isEqualTo(200);
        assertThat(exchange.requests()).extracting(RecordedRequest::path).containsExactly("/api/v3/order", "/api/v3/time", "/api/v3/order");
        Expect.accepted(exchange.requests().get(2));
    }

    /** An order without a client order id is not repeated: the error names the measured offset; the next request is right. */
    @Test
    default void anOrderWithoutAClientOrderIdIsNotRepeated() throws Exception {
        ContractFixture f = fixture();
        MockExchange exchange = f.exchange().clockSkew(SKEW);
        ContractClient client = f.client();
        URI orderUri = exchange.baseUri().resolve("/api/v3/order");
        Throwable rejected = org.assertj.core.api.Assertions.catchThrowable(
                () -> client.send(ContractRequest.form("POST", orderUri, "symbol=LTCBTC&side=BUY&type=MARKET&quantity=1")));
        assertThat(rejected).isInstanceOf(TimestampRejectedException.class).hasMessageContaining("ms ahead of this machine's")
                .hasMessageContaining("not repeated");
        assertThat(((TimestampRejectedException) rejected).offsetMillis()).isCloseTo(SKEW.toMillis(), within(2_000L));
        assertThat(exchange.requests()).extracting(RecordedRequest::path).containsExactly("/api/v3/order", "/api/v3/time");

        assertThat(client.send(ContractRequest.get(exchange.baseUri().resolve("/api/v3/account"))).status()).isEqualTo(200);
        assertThat(exchange.requests()).hasSize(3);
        Expect.accepted(exchange.requests().get(2));
    }

    /**
     * A time endpoint that redirects (to another host, or to itself in a loop) has not measured the server time:
     * the redirect is not followed, the error says so, the offset is unchanged, and nothing signed leaves the
     * exchange — the repeat included.
     */
    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({"302, ANOTHER_HOST", "307, ANOTHER_HOST", "301, ANOTHER_PORT", "302, ITSELF", "308, ITSELF"})
    default void aRedirectedTimeRequestIsNotFollowed(int status, String destination) throws Exception {
        ContractFixture f = fixture();
        MockExchange exchange = f.exchange().clockSkew(SKEW);
        MockExchange elsewhere = destination.equals("ANOTHER_HOST") ? f.otherHost().clockSkew(SKEW.negated())
                : f.otherPort().clockSkew(SKEW.negated());
        URI location = destination.equals("ITSELF") ? exchange.baseUri().resolve("/api/v3/time") : elsewhere.baseUri().resolve("/api/v3/time");
        exchange.redirect("/api/v3/time", status, location);
        HttpRequestSigner signer = f.signer();
        long offsetBefore = signer.serverTimeOffset().offsetMillis();
        ContractClient client = f.client(signer, true);

        Throwable rejected = catchThrowable(() -> client.send(ContractRequest.get(exchange.baseUri().resolve("/api/v3/account"))));
        f.foreign().forEach(Expect::nothingSigned);
        assertThat(elsewhere.requests()).as("requests reaching the redirect's target").isEmpty();
        assertThat(rejected).isInstanceOf(TimestampRejectedException.class).hasMessageContaining("server time could not be measured");
        assertThat(signer.serverTimeOffset().offsetMillis()).as("offset after a redirected time request").isEqualTo(offsetBefore);
        assertThat(exchange.requests()).extracting(RecordedRequest::path).containsExactly("/api/v3/account", "/api/v3/time");
    }

    /** The time endpoint is asked at most once per interval, and a request is repeated at most once. */
    @Test
    default void theTimeIsMeasuredOncePerIntervalAndARequestRepeatedOnce() throws Exception {
        ContractFixture f = fixture();
        MockExchange exchange = f.exchange().clockSkew(SKEW);
        HttpRequestSigner signer = f.signer();
        ContractClient client = f.client(signer, true);
        ContractRequest account = ContractRequest.get(exchange.baseUri().resolve("/api/v3/account"));
        assertThat(client.send(account).status()).isEqualTo(200);

        exchange.clockSkew(SKEW.multipliedBy(2));
        assertThatThrownBy(() -> client.send(account)).isInstanceOf(TimestampRejectedException.class)
                .hasMessageContaining("repeated once with a corrected timestamp and rejected again");
        assertThat(exchange.requests()).extracting(RecordedRequest::path).containsExactly("/api/v3/account", "/api/v3/time",
                "/api/v3/account", "/api/v3/account", "/api/v3/account");
        assertThat(signer.serverTimeOffset().offsetMillis()).isCloseTo(SKEW.toMillis(), within(2_000L));
    }
}
