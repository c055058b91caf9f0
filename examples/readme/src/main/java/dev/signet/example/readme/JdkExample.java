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
    /** Places a market order through the JDK client; {@code exchange} is https://api.binance.com. */
    static int placeOrder(HttpRequestSigner http, URI exchange) throws IOException, InterruptedException {
        SignedHttpClient jdk = SignedHttpClient.wrap(HttpClient.newBuilder().followRedirects(Redirect.NEVER).build(), http);
        HttpResponse<String> response = jdk.send(HttpRequest.newBuilder(exchange.resolve("/api/v3/order"))
                .POST(BodyPublishers.ofString("symbol=LTCBTC&side=BUY&type=MARKET&quantity=1")).build(), BodyHandlers.ofString());
        return response.statusCode();
    }
    // end::jdk[]
}
