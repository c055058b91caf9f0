package dev.signet.testkit.readme;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.SignedRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Stands for the bot {@link MyBotTest} tests: it signs with the HttpRequestSigner it is given and sends with the JDK client. */
final class MyBot {
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
