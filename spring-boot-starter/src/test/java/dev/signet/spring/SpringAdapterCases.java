package dev.signet.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.testkit.contract.ContractFixture;
import dev.signet.testkit.contract.ContractRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cases beyond testkit's contract for the Spring adapters, which read a 400 answer to look for -1021 and hand it on:
 * any other 400 reaches the caller as the client's ordinary response, body included, and is not repeated.
 */
interface SpringAdapterCases {
    /** The fixture of the running contract. */
    ContractFixture fixture();

    @Test
    default void anotherBadRequestAnswerIsTheCallersResponse() throws Exception {
        ContractFixture f = fixture();
        f.exchange().answerNext("/api/v3/account", 400, Map.of());
        assertThat(f.client().send(ContractRequest.get(f.exchange().baseUri().resolve("/api/v3/account?n=1"))).status()).isEqualTo(400);
        assertThat(f.client().send(ContractRequest.get(f.exchange().baseUri().resolve("/api/v3/account?n=2"))).status()).isEqualTo(200);
        assertThat(f.exchange().requests()).hasSize(2);
    }
}
