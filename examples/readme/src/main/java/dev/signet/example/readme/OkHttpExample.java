package dev.signet.example.readme;

// tag::okhttp[]
import dev.signet.binance.HttpRequestSigner;
import dev.signet.http.okhttp.SigningInterceptor;
import java.io.IOException;
import java.net.URI;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
// end::okhttp[]

/** The README's OkHttp drop-in. */
final class OkHttpExample {
    private OkHttpExample() {
    }

    // tag::okhttp[]
    /** An OkHttp client that signs requests to the exchange: build it once and share it. */
    static OkHttpClient signingClient(HttpRequestSigner http) {
        return SigningInterceptor.create(http).installOn(new OkHttpClient.Builder()).build();
    }

    /** Asks for the account; {@code exchange} is https://api.binance.com. */
    static int account(OkHttpClient client, URI exchange) throws IOException {
        Request request = new Request.Builder().url(exchange.resolve("/api/v3/account").toString()).build();
        try (Response response = client.newCall(request).execute()) {
            return response.code();
        }
    }
    // end::okhttp[]
}
