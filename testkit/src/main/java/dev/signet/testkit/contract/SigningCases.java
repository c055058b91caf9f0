package dev.signet.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.signet.core.SigningAlgorithm;
import dev.signet.testkit.MockExchange;
import dev.signet.testkit.RecordedRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Contract cases: what the client builds — query, form body, both, awkward characters, stale parameters — arrives
 * signed the way the exchange checks it, with the caller's values intact.
 *
 * <pre>{@code class MyAdapterContractTest extends HttpAdapterContract { ... } // runs these cases}</pre>
 */
@SuppressWarnings("exports") // JUnit is optional in the testkit; see MockExchangeExtension
public interface SigningCases {
    /** The fixture of the running contract. */
    ContractFixture fixture();

    /** GET with a query, POST/PUT/DELETE with a form body, and query plus body are signed with every algorithm. */
    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    default void everyAlgorithmSignsQueriesFormsAndBoth(SigningAlgorithm algorithm) throws Exception {
        ContractFixture f = fixture();
        ContractClient client = f.client(f.signer(algorithm), true);
        URI base = f.exchange().baseUri();
        List<ContractRequest> requests = List.of(ContractRequest.get(base.resolve("/api/v3/account?omitZeroBalances=true")),
                ContractRequest.form("POST", base.resolve("/api/v3/order"), "symbol=LTCBTC&side=BUY&type=LIMIT&quantity=1&price=0.1"),
                ContractRequest.form("PUT", base.resolve("/api/v3/order/amend/keepPriority"), "symbol=LTCBTC&orderId=42&newQty=0.5"),
                ContractRequest.form("DELETE", base.resolve("/api/v3/order"), "symbol=LTCBTC&orderId=42"),
                ContractRequest.form("POST", base.resolve("/api/v3/order?symbol=LTCBTC&type=MARKET"), "side=SELL&quantity=2"));
        for (ContractRequest request : requests) {
            assertThat(client.send(request).status()).as("%s %s", request.method(), request.uri()).isEqualTo(200);
        }
        List<RecordedRequest> received = f.exchange().requests();
        assertThat(received).hasSize(requests.size()).allSatisfy(Expect::accepted);
        assertThat(received).extracting(RecordedRequest::method).containsExactly("GET", "POST", "PUT", "DELETE", "POST");
        assertThat(Expect.callerParams(received.get(0))).containsExactly(entry("omitZeroBalances", "true"));
        assertThat(Expect.callerParams(received.get(1))).containsExactly(entry("symbol", "LTCBTC"), entry("side", "BUY"),
                entry("type", "LIMIT"), entry("quantity", "1"), entry("price", "0.1"));
        assertThat(Expect.callerParams(received.get(3))).containsExactly(entry("symbol", "LTCBTC"), entry("orderId", "42"));
        assertThat(received.get(4).rawQuery()).isEqualTo("symbol=LTCBTC&type=MARKET");
        assertThat(received.get(4).body()).startsWith("side=SELL&quantity=2&timestamp=").contains("&signature=");
        assertThat(received.get(0).rawQuery()).startsWith("omitZeroBalances=true&timestamp=").contains("&signature=");
    }

    /** Escapes, {@code +} as a space, non-ASCII and sub-delimiters arrive as the caller encoded them, and verify. */
    @Test
    default void awkwardCharactersArriveAsTheCallerMeantThem() throws Exception {
        ContractFixture f = fixture();
        ContractClient client = f.client();
        URI base = f.exchange().baseUri();
        client.send(ContractRequest.get(base.resolve("/api/v3/myTrades?symbol=%E4%BB%A3%E5%B8%81&note=a+b%2Bc%26d%3De%25f~*&empty=")));
        client.send(ContractRequest.form("POST", base.resolve("/api/v3/order?symbol=%EF%BC%91%EF%BC%92%EF%BC%93"),
                "note=%E2%82%AC+%F0%9F%9A%80%21&side=BUY&quote=%27%22%3C%3E"));
        List<RecordedRequest> received = f.exchange().requests();
        assertThat(received).hasSize(2).allSatisfy(Expect::accepted);
        assertThat(Expect.callerParams(received.get(0))).containsExactly(entry("symbol", "代币"), entry("note", "a b+c&d=e%f~*"),
                entry("empty", ""));
        assertThat(Expect.callerParams(received.get(1))).containsExactly(entry("symbol", "１２３"), entry("note", "€ 🚀!"),
                entry("side", "BUY"), entry("quote", "'\"<>"));
    }

    /** A form body given without a content type is signed as the form it is, and sent typed as one. */
    @Test
    default void aFormWithoutAContentTypeIsSignedAsAForm() throws Exception {
        ContractFixture f = fixture();
        ContractRequest untyped = new ContractRequest("POST", f.exchange().baseUri().resolve("/api/v3/order"), Map.of(),
                new ContractRequest.Body(null, "symbol=LTCBTC&side=BUY".getBytes(StandardCharsets.UTF_8), false));
        assertThat(f.client().send(untyped).status()).isEqualTo(200);
        RecordedRequest received = f.exchange().requests().get(0);
        Expect.accepted(received);
        assertThat(Expect.callerParams(received)).containsExactly(entry("symbol", "LTCBTC"), entry("side", "BUY"));
        assertThat(received.headers().get("content-type")).startsWith(ContractRequest.FORM);
    }

    /** A caller's stale {@code timestamp}, {@code recvWindow} and {@code signature} are replaced, in query and body. */
    @Test
    default void staleTimestampAndSignatureFromTheCallerAreReplaced() throws Exception {
        ContractFixture f = fixture();
        ContractClient client = f.client();
        URI base = f.exchange().baseUri();
        client.send(ContractRequest.get(base.resolve("/api/v3/openOrders?symbol=LTCBTC&timestamp=1&recvWindow=60000&signature=stale")));
        client.send(ContractRequest.form("POST", base.resolve("/api/v3/order?timestamp=2"), "side=BUY&timestamp=3&signature=0a0b"));
        List<RecordedRequest> received = f.exchange().requests();
        assertThat(received).hasSize(2).allSatisfy(Expect::accepted);
        assertThat(received).allSatisfy(r -> assertThat(Expect.timestamp(r)).isGreaterThan(1_000_000_000_000L));
        assertThat(received.get(0).params()).extracting(p -> p.getKey()).containsExactly("symbol", "timestamp", "signature");
        assertThat(received.get(1).rawQuery()).isEmpty();
        assertThat(received.get(1).params()).extracting(p -> p.getKey()).containsExactly("side", "timestamp", "signature");
    }

    /** A request to another origin passes untouched — body, content type, streaming — but loses the API key header. */
    @Test
    default void callsToOtherOriginsPassUnsignedWithTheirBodies() throws Exception {
        ContractFixture f = fixture();
        ContractClient client = f.client();
        MockExchange other = f.otherHost();
        client.send(ContractRequest.get(other.baseUri().resolve("/feed?since=1&signature=theirs")).withHeader("X-MBX-APIKEY", "leaked"));
        client.send(ContractRequest.form("POST", other.baseUri().resolve("/feed"), "a=1&b=2"));
        client.send(new ContractRequest("POST", other.baseUri().resolve("/feed"), Map.of(),
                new ContractRequest.Body("application/json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8), false)));
        client.send(new ContractRequest("POST", other.baseUri().resolve("/feed"), Map.of(),
                new ContractRequest.Body(ContractRequest.FORM, "c=3".getBytes(StandardCharsets.UTF_8), true)));
        List<RecordedRequest> received = other.requests();
        assertThat(received).hasSize(4).allSatisfy(r -> assertThat(r.apiKeyHeader()).isEmpty());
        assertThat(received.get(0).rawQuery()).isEqualTo("since=1&signature=theirs");
        assertThat(received).extracting(RecordedRequest::body).containsExactly("", "a=1&b=2", "{\"a\":1}", "c=3");
        assertThat(received.get(2).headers().get("content-type")).isEqualTo("application/json");
        assertThat(f.exchange().requests()).isEmpty();
    }
}
