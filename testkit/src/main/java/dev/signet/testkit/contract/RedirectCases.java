package dev.signet.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.entry;

import dev.signet.binance.SigningRefusedException;
import dev.signet.testkit.ExchangeError;
import dev.signet.testkit.MockExchange;
import dev.signet.testkit.RecordedRequest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Contract cases: redirects. Same-origin hops are signed afresh; nothing signed ever reaches an origin outside the
 * allow-list, whatever the code — a signed request redirected there is refused; a call addressed elsewhere is
 * never signed, even when a redirect leads it to the exchange.
 *
 * <pre>{@code class MyAdapterContractTest extends HttpAdapterContract { ... } // runs these cases}</pre>
 */
@SuppressWarnings("exports") // JUnit is optional in the testkit; see MockExchangeExtension
public interface RedirectCases {
    /** Where a cross-origin redirect points. */
    enum Destination {
        /** {@code http://127.0.0.2:B}, from the http exchange. */
        ANOTHER_HOST,
        /** {@code http://127.0.0.1:C}, from the http exchange. */
        ANOTHER_PORT,
        /** {@code http://127.0.0.1:C}, from the https exchange. */
        HTTPS_TO_HTTP
    }

    /** The fixture of the running contract. */
    ContractFixture fixture();

    /** Each same-origin hop is signed with a new timestamp and accepted; 307/308 keep the method and the body. */
    @ParameterizedTest(name = "{0} after {1}")
    @CsvSource({"301, GET", "302, GET", "303, GET", "307, GET", "308, GET", "301, POST", "302, POST", "303, POST", "307, POST", "308, POST"})
    default void sameOriginHopsAreSignedAfresh(int status, String method) throws Exception {
        ContractFixture f = fixture();
        MockExchange exchange = f.exchange();
        exchange.redirect("/api/v3/order/test", status, exchange.baseUri().resolve("/api/v3/order?from=redirect"));
        ContractRequest request = method.equals("GET") ? ContractRequest.get(exchange.baseUri().resolve("/api/v3/order/test?symbol=LTCBTC"))
                : ContractRequest.form("POST", exchange.baseUri().resolve("/api/v3/order/test"), "symbol=LTCBTC&side=BUY");
        assertThat(f.client().send(request).status()).isEqualTo(200);

        List<RecordedRequest> hops = exchange.requests();
        assertThat(hops).extracting(RecordedRequest::path).containsExactly("/api/v3/order/test", "/api/v3/order");
        Expect.signedValidly(hops.get(0));
        Expect.accepted(hops.get(1));
        assertThat(Expect.timestamp(hops.get(1))).as("timestamp of the second hop").isGreaterThan(Expect.timestamp(hops.get(0)));
        boolean keepsBody = method.equals("POST") && status >= 307;
        assertThat(hops.get(1).method()).isEqualTo(keepsBody || method.equals("GET") ? method : "GET");
        if (keepsBody) {
            assertThat(Expect.callerParams(hops.get(1))).containsExactly(entry("from", "redirect"), entry("symbol", "LTCBTC"), entry("side", "BUY"));
        } else {
            assertThat(Expect.callerParams(hops.get(1))).containsExactly(entry("from", "redirect"));
        }
    }

    /** A signed request redirected outside the allow-list fails with a refusal; the other origin receives nothing. */
    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({"301, ANOTHER_HOST", "302, ANOTHER_HOST", "303, ANOTHER_HOST", "307, ANOTHER_HOST", "308, ANOTHER_HOST",
        "301, ANOTHER_PORT", "302, ANOTHER_PORT", "303, ANOTHER_PORT", "307, ANOTHER_PORT", "308, ANOTHER_PORT",
        "301, HTTPS_TO_HTTP", "302, HTTPS_TO_HTTP", "303, HTTPS_TO_HTTP", "307, HTTPS_TO_HTTP", "308, HTTPS_TO_HTTP"})
    default void aSignedRequestIsNeverRedirectedOutsideTheAllowList(int status, Destination destination) throws Exception {
        ContractFixture f = fixture();
        MockExchange from = destination == Destination.HTTPS_TO_HTTP ? f.secureExchange() : f.exchange();
        MockExchange to = destination == Destination.ANOTHER_HOST ? f.otherHost() : f.otherPort();
        from.redirect("/api/v3/order/test", status, to.baseUri().resolve("/api/v3/order"));
        ContractClient client = f.client();

        Throwable refused = catchThrowable(() -> client.send(ContractRequest.form("POST", from.baseUri().resolve("/api/v3/order/test"),
                "symbol=LTCBTC&side=BUY")));
        f.foreign().forEach(Expect::nothingSigned);
        assertThat(to.requests()).isEmpty();
        assertThat(refused).isInstanceOf(SigningRefusedException.class).hasMessageContaining("refusing to follow a redirect of a signed request")
                .hasMessageContaining(to.hostAndPort());
        assertThat(from.requests()).singleElement().satisfies(Expect::signedValidly);
    }

    /**
     * A signed request redirected to another origin is refused before the client opens a connection there: no TCP
     * connection, so no TLS handshake either (it would tell that host the exchange's client is calling).
     */
    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({"302, http", "307, http", "308, http", "302, https", "307, https", "308, https"})
    default void aSignedRequestRedirectedElsewhereOpensNoConnectionThere(int status, String scheme) throws Exception {
        ContractFixture f = fixture();
        try (ConnectionCounter elsewhere = new ConnectionCounter()) {
            f.exchange().redirect("/api/v3/order/test", status, elsewhere.uri(scheme, "/api/v3/order"));
            ContractClient client = f.client();

            Throwable refused = catchThrowable(() -> client.send(ContractRequest.form("POST", f.exchange().baseUri().resolve("/api/v3/order/test"),
                    "symbol=LTCBTC&side=BUY")));
            assertThat(refused).isInstanceOf(SigningRefusedException.class).hasMessageContaining("refusing to follow a redirect of a signed request")
                    .hasMessageContaining(elsewhere.hostAndPort());
            assertThat(elsewhere.acceptedAfterQuiet()).as("connections opened to the redirect's target").isZero();
            assertThat(f.exchange().requests()).singleElement().satisfies(Expect::signedValidly);
        }
    }

    /**
     * A signed request redirected to a host no resolver knows is refused as a redirect, not failed as an unknown
     * host: the refusal comes before any name lookup (which would tell a resolver where the call was going).
     */
    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({"302, http", "307, https"})
    default void aSignedRequestRedirectedElsewhereLooksUpNoName(int status, String scheme) throws Exception {
        ContractFixture f = fixture();
        f.exchange().redirect("/api/v3/order/test", status, URI.create(scheme + "://signet-contract.invalid:8443/api/v3/order"));
        ContractClient client = f.client();

        Throwable refused = catchThrowable(() -> client.send(ContractRequest.form("POST", f.exchange().baseUri().resolve("/api/v3/order/test"),
                "symbol=LTCBTC&side=BUY")));
        assertThat(refused).isInstanceOf(SigningRefusedException.class).hasMessageContaining("refusing to follow a redirect of a signed request")
                .hasMessageContaining("signet-contract.invalid");
    }

    /** A redirect from one allowed origin to another (http to https exchange) is followed and signed there. */
    @Test
    default void hopsBetweenAllowedOriginsAreSigned() throws Exception {
        ContractFixture f = fixture();
        f.exchange().redirect("/api/v3/account", 307, f.secureExchange().baseUri().resolve("/api/v3/account"));
        assertThat(f.client().send(ContractRequest.get(f.exchange().baseUri().resolve("/api/v3/account"))).status()).isEqualTo(200);
        assertThat(f.exchange().requests()).singleElement().satisfies(Expect::signedValidly);
        assertThat(f.secureExchange().requests()).singleElement().satisfies(Expect::accepted);
    }

    /** A call to another origin that a redirect leads to the exchange arrives there unsigned (the exchange answers -2014). */
    @Test
    default void aCallFromElsewhereIsNotSignedWhenRedirectedToTheExchange() throws Exception {
        ContractFixture f = fixture();
        URI order = f.exchange().baseUri().resolve("/api/v3/order?symbol=LTCBTC&side=SELL&type=MARKET&quantity=100");
        f.otherHost().redirect("/prices", 307, order);
        ContractResponse response = f.client().send(ContractRequest.form("POST", f.otherHost().baseUri().resolve("/prices"), "since=1"));
        assertThat(response.status()).isEqualTo(ExchangeError.BAD_API_KEY_FORMAT.httpStatus());
        assertThat(f.exchange().requests()).singleElement().satisfies(r -> {
            assertThat(r.apiKeyHeader()).isEmpty();
            assertThat(r.errorCode()).isEqualTo(ExchangeError.BAD_API_KEY_FORMAT.code());
        });
        Expect.nothingSigned(f.exchange());
    }
}
