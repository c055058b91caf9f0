package dev.signet.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.testkit.RecordedRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contract cases: retries. A request the client sends again — by its own retry, or the caller's — is signed with a
 * fresh timestamp; with the client's retries disabled, requests are still signed.
 *
 * <pre>{@code class MyAdapterContractTest extends HttpAdapterContract { ... } // runs these cases}</pre>
 */
@SuppressWarnings("exports") // JUnit is optional in the testkit; see MockExchangeExtension
public interface RetryCases {
    /** The fixture of the running contract. */
    ContractFixture fixture();

    /** The client's own retry (or, for a client without one, the caller's) is signed afresh and accepted. */
    @Test
    default void aRetriedRequestIsSignedAfresh() throws Exception {
        ContractFixture f = fixture();
        ContractClient client = f.client(f.signer(), true);
        int retried = client.retriedStatus() == 0 ? 503 : client.retriedStatus();
        f.exchange().answerNext("/api/v3/account", retried, Map.of("Retry-After", "0"));
        ContractRequest account = ContractRequest.get(f.exchange().baseUri().resolve("/api/v3/account"));

        ContractResponse response = client.send(account);
        if (client.retriedStatus() == 0) {
            assertThat(response.status()).isEqualTo(retried);
            response = client.send(account);
        }
        assertThat(response.status()).isEqualTo(200);
        List<RecordedRequest> attempts = f.exchange().requests();
        assertThat(attempts).hasSize(2);
        Expect.signedValidly(attempts.get(0));
        Expect.accepted(attempts.get(1));
        assertThat(Expect.timestamp(attempts.get(1))).as("timestamp of the retry").isGreaterThan(Expect.timestamp(attempts.get(0)));
    }

    /** Built with its retries disabled, the client still signs every request (and does not repeat it). */
    @Test
    default void requestsAreSignedWithRetriesDisabled() throws Exception {
        ContractFixture f = fixture();
        ContractClient client = f.client(f.signer(), false);
        int retried = client.retriedStatus() == 0 ? 503 : client.retriedStatus();
        URI base = f.exchange().baseUri();
        f.exchange().answerNext("/api/v3/account", retried, Map.of("Retry-After", "0"));

        assertThat(client.send(ContractRequest.get(base.resolve("/api/v3/account"))).status()).isEqualTo(retried);
        assertThat(client.send(ContractRequest.form("POST", base.resolve("/api/v3/order"), "symbol=LTCBTC&side=BUY")).status())
                .isEqualTo(200);
        List<RecordedRequest> received = f.exchange().requests();
        assertThat(received).hasSize(2);
        Expect.signedValidly(received.get(0));
        Expect.accepted(received.get(1));
    }
}
