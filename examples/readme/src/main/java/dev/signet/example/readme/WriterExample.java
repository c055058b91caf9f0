package dev.signet.example.readme;

// tag::request-writer[]
import dev.signet.binance.BinanceRequest;
import dev.signet.binance.RequestSigner;
import dev.signet.binance.RequestWriter;
import dev.signet.http.jdk.SignedHttpClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse.BodyHandlers;
// end::request-writer[]

/** The README's "many orders, no garbage" snippet. */
final class WriterExample {
    private WriterExample() {
    }

    // tag::request-writer[]
    /** Places a limit order through {@code client}; {@code exchange} is https://api.binance.com. */
    static int placeOrder(RequestSigner signer, SignedHttpClient client, URI exchange) throws IOException, InterruptedException {
        RequestWriter order = signer.writer(BinanceRequest.post("/api/v3/order").param("symbol", "LTCBTC").param("side", "BUY")
                .param("type", "LIMIT").param("timeInForce", "GTC").param("quantity", "1").param("price", "0.1").build());
        order.set("quantity", 3).set("price", 1234, 4);   // price=0.1234; keep the writer, change values in place
        // or order.sign().bytes(): query in [0, queryLength()), form body after it; header X-MBX-APIKEY = order.apiKey().value()
        return client.send(exchange, order, BodyHandlers.ofString()).statusCode();
    }
    // end::request-writer[]
}
