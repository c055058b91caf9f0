package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

@MockExchangeTest
class MockExchangeExtensionTest {
    @Test
    void injectsAStartedMock(MockExchange exchange) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(exchange.baseUri().resolve("/api/v3/ping")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(exchange.requests()).hasSize(1);
    }
}
