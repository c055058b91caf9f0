package dev.signet.testkit.readme;

// tag::my-bot-test[]
import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.core.ApiKey;
import dev.signet.core.SigningKey;
import dev.signet.keys.SigningKeyGenerator;
import dev.signet.testkit.MockExchange;
import dev.signet.testkit.MockExchangeTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Your bot's order, signed and checked by the mock exchange like the real one would. */
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
}
// end::my-bot-test[]
