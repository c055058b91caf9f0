package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.guard.EndpointScopes;
import dev.signet.binance.guard.Scope;
import dev.signet.testkit.internal.ExchangeScopes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The client's scope map and the mock's own table, written separately from the exchange's docs, must agree. */
class ScopeTablesAgreeTest {
    @Test
    void everyDocumentedEndpointHasTheSameScopeInTheClient() {
        List<String> disagreements = new ArrayList<>();
        for (Map.Entry<String, Scope> documented : ExchangeScopes.all().entrySet()) {
            String[] endpoint = documented.getKey().split(" ");
            Scope client = EndpointScopes.scopeOf(endpoint[0], endpoint[1]);
            if (client != documented.getValue()) {
                disagreements.add(documented.getKey() + ": docs " + documented.getValue() + ", client " + client);
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(ExchangeScopes.all()).hasSizeGreaterThan(350);
    }

    @Test
    void everyEndpointTheClientListsIsDocumentedWithTheSameScope() {
        List<String> disagreements = new ArrayList<>();
        for (String endpoint : EndpointScopes.knownEndpoints()) {
            String[] parts = endpoint.split(" ");
            Scope mock = ExchangeScopes.scopeOf(parts[0], parts[1]);
            if (mock != EndpointScopes.scopeOf(parts[0], parts[1])) {
                disagreements.add(endpoint + ": docs " + mock + ", client " + EndpointScopes.scopeOf(parts[0], parts[1]));
            }
        }
        assertThat(disagreements).isEmpty();
    }
}
