package dev.signet.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.SignedRequest;
import dev.signet.core.ApiKey;
import dev.signet.core.SigningKey;
import dev.signet.keys.SigningKeyGenerator;
import dev.signet.testkit.MockExchange;
import dev.signet.testkit.MockExchangeTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The README's "Test your bot offline" snippet, as a test that passes; keep the two in step. */
@MockExchangeTest
class MyBotTest {
    private final ApiKey apiKey = ApiKey.of("my-bot-test-key");
    private final SigningKey signingKey = SigningKeyGenerator.ed25519();

    @Test
    void placesAnOrder(MockExchange exchange) throws Exception {
        exchange.registerKey(apiKey, signingKey.verificationKey());
        HttpRequestSigner signer = exchange.signerFor(apiKey, signingKey); // may sign for the mock's loopback origin
        MyBot myBot = new MyBot(signer, exchange.baseUri());                // your bot, pointed at the mock
        myBot.buy("BTCUSDT", new BigDecimal("0.01"));
        assertThat(exchange.requests()).singleElement().satisfies(order -> {
            assertThat(order.accepted()).isTrue();
            assertThat(order.param("quantity")).contains("0.01");
        });
    }

    @AfterEach
    void wipeTheKey() {
        signingKey.close();
    }

    /** Stands for the bot under test: it signs with the HttpRequestSigner it is given and sends with the JDK client. */
    static final class MyBot {
        private final HttpClient http = HttpClient.newHttpClient();
        private final HttpRequestSigner signer;
        private final URI exchange;

        MyBot(HttpRequestSigner signer, URI exchange) {
            this.signer = signer;
            this.exchange = exchange;
        }

        void buy(String symbol, BigDecimal quantity) throws IOException, InterruptedException {
            SignedRequest order = signer.sign("POST", exchange.resolve("/api/v3/order"), "application/x-www-form-urlencoded",
                    "symbol=" + symbol + "&side=BUY&type=MARKET&quantity=" + quantity.toPlainString());
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(order.uri(exchange))
                    .header(SignedRequest.API_KEY_HEADER, order.apiKey()).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(order.body())).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("order refused: " + response.body());
            }
        }
    }
}
