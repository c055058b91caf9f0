package dev.signet.example.readme;

// tag::jdk[]
import dev.signet.binance.HttpRequestSigner;
import dev.signet.http.jdk.SignedHttpClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpClient.Redirect;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
// end::jdk[]

/** The README's JDK HttpClient drop-in. */
final class JdkExample {
    private JdkExample() {
    }

    // tag::jdk[]
    /** A JDK client that signs requests to the exchange: build it once and share it. */
    static SignedHttpClient signingClient(HttpRequestSigner http) {
        return SignedHttpClient.wrap(HttpClient.newBuilder().followRedirects(Redirect.NEVER).build(), http);
    }

    /** Places a market order; {@code exchange} is https://api.binance.com. */
    static int placeOrder(SignedHttpClient jdk, URI exchange) throws IOException, InterruptedException {
        HttpResponse<String> response = jdk.send(HttpRequest.newBuilder(exchange.resolve("/api/v3/order"))
                .POST(BodyPublishers.ofString("symbol=LTCBTC&side=BUY&type=MARKET&quantity=1")).build(), BodyHandlers.ofString());
        return response.statusCode();
    }
    // end::jdk[]
}
