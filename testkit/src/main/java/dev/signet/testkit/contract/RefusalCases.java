package dev.signet.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.signet.binance.SigningRefusedException;
import dev.signet.binance.guard.PermissionDeniedException;
import dev.signet.testkit.RecordedRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contract cases: refusals. A refusal reaches the caller as a {@link SigningRefusedException} through the client's
 * normal error channel, keeps its cause, sends nothing signed, and never affects another request on the client.
 *
 * <pre>{@code class MyAdapterContractTest extends HttpAdapterContract { ... } // runs these cases}</pre>
 */
@SuppressWarnings("exports") // JUnit is optional in the testkit; see MockExchangeExtension
public interface RefusalCases {
    /** Rounds of refusals in {@link #refusalsNeverAffectOtherRequests()}, each followed by ten ordinary requests. */
    int ROUNDS = 20;

    /** The fixture of the running contract. */
    ContractFixture fixture();

    /** The guard's refusal arrives as a signing refusal whose cause is the guard's exception; nothing is sent. */
    @Test
    default void aGuardRefusalArrivesAsASigningRefusalThatKeepsItsCause() throws Exception {
        ContractFixture f = fixture();
        ContractClient client = f.client();
        assertThatThrownBy(() -> client.send(withdrawal(f))).isInstanceOf(SigningRefusedException.class)
                .hasCauseInstanceOf(PermissionDeniedException.class).hasMessageContaining("/sapi/v1/capital/withdraw/apply");
        assertThat(f.exchange().requests()).isEmpty();
    }

    /** A hop the guard refuses fails that request, after the exchange received only the signed first hop. */
    @Test
    default void aGuardRefusalOnARedirectHopFailsThatRequest() throws Exception {
        ContractFixture f = fixture();
        f.exchange().redirect("/api/v3/openOrders", 307, f.exchange().baseUri().resolve("/sapi/v1/capital/withdraw/apply?coin=BTC"));
        ContractClient client = f.client();
        assertThatThrownBy(() -> client.send(ContractRequest.get(f.exchange().baseUri().resolve("/api/v3/openOrders"))))
                .isInstanceOf(SigningRefusedException.class).hasCauseInstanceOf(PermissionDeniedException.class);
        assertThat(f.exchange().requests()).singleElement().satisfies(Expect::signedValidly);
    }

    /**
     * Refusals — before the first hop and on a redirect hop — each followed by ordinary requests on the same client:
     * every refusal arrives as itself, every ordinary request is sent and accepted (200 of them).
     */
    @Test
    default void refusalsNeverAffectOtherRequests() throws Exception {
        ContractFixture f = fixture();
        URI base = f.exchange().baseUri();
        f.exchange().redirect("/api/v3/openOrders", 307, base.resolve("/sapi/v1/capital/withdraw/apply?coin=BTC"));
        ContractClient client = f.client();
        List<Throwable> refusals = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            refusals.add(catchThrowable(() -> client.send(withdrawal(f))));
            refusals.add(catchThrowable(() -> client.send(ContractRequest.get(base.resolve("/api/v3/openOrders")))));
            for (int i = 0; i < 10; i++) {
                URI account = base.resolve("/api/v3/account?round=" + round + "&i=" + i);
                Throwable failure = catchThrowable(() -> assertThat(client.send(ContractRequest.get(account)).status()).isEqualTo(200));
                assertThat(failure).as("ordinary request %d after the refusals of round %d", i, round).isNull();
            }
        }
        assertThat(refusals).allSatisfy(refusal -> assertThat(refusal).isInstanceOf(SigningRefusedException.class));
        assertThat(f.exchange().requests()).filteredOn(r -> r.path().equals("/api/v3/account")).hasSize(ROUNDS * 10)
                .allSatisfy(Expect::accepted);
        assertThat(f.exchange().requests()).extracting(RecordedRequest::path).doesNotContain("/sapi/v1/capital/withdraw/apply");
    }

    /** A body that cannot be signed — not a form, or a stream that cannot be read twice — is refused, never dropped. */
    @Test
    default void bodiesThatCannotBeSignedAreRefusedNotDropped() throws Exception {
        ContractFixture f = fixture();
        ContractClient client = f.client();
        URI order = f.exchange().baseUri().resolve("/api/v3/order");
        ContractRequest json = new ContractRequest("POST", order, Map.of(),
                new ContractRequest.Body("application/json", "{\"side\":\"BUY\"}".getBytes(StandardCharsets.UTF_8), false));
        ContractRequest streamed = new ContractRequest("POST", order, Map.of(),
                new ContractRequest.Body(ContractRequest.FORM, "side=BUY".getBytes(StandardCharsets.UTF_8), true));
        ContractRequest jsonByHeader = new ContractRequest("POST", order, Map.of("Content-Type", "application/json"),
                new ContractRequest.Body(null, "side=BUY".getBytes(StandardCharsets.UTF_8), false));
        assertThatThrownBy(() -> client.send(json)).isInstanceOf(SigningRefusedException.class).hasMessageContaining("application/json");
        assertThatThrownBy(() -> client.send(jsonByHeader)).as("a body labelled JSON by a header, not by the body")
                .isInstanceOf(SigningRefusedException.class).hasMessageContaining("application/json");
        assertThatThrownBy(() -> client.send(streamed)).isInstanceOf(SigningRefusedException.class).hasMessageContaining("read");
        assertThat(f.exchange().requests()).isEmpty();
    }

    /**
     * The decision follows the origin the client connects to, not the one the request names: connecting to another
     * host while naming the exchange sends nothing signed; connecting to the exchange while naming another host signs.
     * A client that always connects to the URI's origin says so instead.
     */
    @Test
    default void theDecisionFollowsWhereTheClientConnects() throws Exception {
        ContractFixture f = fixture();
        ContractClient client = f.client();
        URI exchangeAccount = f.exchange().baseUri().resolve("/api/v3/account");
        URI otherAccount = f.otherHost().baseUri().resolve("/api/v3/account");
        ContractResponse elsewhere;
        try {
            elsewhere = client.sendConnectingTo(f.otherHost().baseUri(), ContractRequest.get(exchangeAccount));
        } catch (UnsupportedOperationException connectsToTheUri) {
            assertThat(connectsToTheUri).hasMessageContaining("URI");
            assertThat(f.otherHost().requests()).isEmpty();
            assertThat(f.exchange().requests()).isEmpty();
            return;
        }
        Expect.nothingSigned(f.otherHost());
        assertThat(f.otherHost().requests()).hasSize(1);
        assertThat(elsewhere.status()).isEqualTo(401);
        assertThat(client.sendConnectingTo(f.exchange().baseUri(), ContractRequest.get(otherAccount)).status()).isEqualTo(200);
        assertThat(f.exchange().requests()).singleElement().satisfies(Expect::accepted);
        assertThat(f.otherHost().requests()).hasSize(1);
    }

    private static ContractRequest withdrawal(ContractFixture f) {
        return ContractRequest.form("POST", f.exchange().baseUri().resolve("/sapi/v1/capital/withdraw/apply"),
                "coin=BTC&address=not-a-real-address&amount=1");
    }
}
