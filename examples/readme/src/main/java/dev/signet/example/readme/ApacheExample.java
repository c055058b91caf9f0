package dev.signet.example.readme;

// tag::apache[]
import dev.signet.binance.HttpRequestSigner;
import dev.signet.http.apache5.AsyncSigningExecHandler;
import dev.signet.http.apache5.SigningExecHandler;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.ExecutionException;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpResponse;
// end::apache[]

/** The README's Apache HttpClient 5 drop-ins, classic and async. */
final class ApacheExample {
    private ApacheExample() {
    }

    // tag::apache[]
    /** A classic client that signs requests to the exchange: build it once, share it, close it on shutdown. */
    static CloseableHttpClient signingClient(HttpRequestSigner http) {
        return SigningExecHandler.create(http).installOn(HttpClients.custom()).build();
    }

    /** Asks for the account; {@code exchange} is https://api.binance.com. */
    static int account(CloseableHttpClient apache, URI exchange) throws IOException {
        return apache.execute(new HttpGet(exchange.resolve("/api/v3/account")), ClassicHttpResponse::getCode);
    }

    /** The async client, started; the same rules. */
    static CloseableHttpAsyncClient signingAsyncClient(HttpRequestSigner http) {
        CloseableHttpAsyncClient async = AsyncSigningExecHandler.create(http).installOn(HttpAsyncClients.custom()).build();
        async.start();
        return async;
    }

    /** Asks for the account without blocking a thread until {@code get()}. */
    static int accountAsync(CloseableHttpAsyncClient async, URI exchange) throws InterruptedException, ExecutionException {
        return async.execute(SimpleRequestBuilder.get(exchange.resolve("/api/v3/account")).build(), null).get().getCode();
    }
    // end::apache[]
}
