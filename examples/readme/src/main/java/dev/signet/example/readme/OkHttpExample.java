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
    /** Asks for the account through OkHttp; {@code exchange} is https://api.binance.com. */
    static int account(HttpRequestSigner http, URI exchange) throws IOException {
        OkHttpClient client = SigningInterceptor.create(http).installOn(new OkHttpClient.Builder()).build();
        Request request = new Request.Builder().url(exchange.resolve("/api/v3/account").toString()).build();
        try (Response response = client.newCall(request).execute()) {
            return response.code();
        }
    }
    // end::okhttp[]
}
