package dev.signet.http.jdk;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.RequestWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Objects;

/**
 * The drop-in for the JDK {@link HttpClient}, which has no interceptors. {@link #send} follows redirects itself and
 * applies {@link HttpRequestSigner}'s rules to every hop: a call to an allowed exchange origin is signed on each hop
 * with a fresh timestamp, a redirect of it to any other origin is refused, other calls pass unsigned without the
 * API key. A form body given as the request's {@link HttpRequest.BodyPublisher} is read, signed and sent; a body
 * that cannot be read twice or is not a form is refused. When the exchange answers -1021 the server time is
 * measured once and a request that is safe to repeat is repeated once. Refusals throw
 * {@link dev.signet.binance.SigningRefusedException} from {@code send}.
 *
 * <pre>{@code
 * SignedHttpClient client = SignedHttpClient.wrap(HttpClient.newHttpClient(), httpRequestSigner);
 * HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("https://api.binance.com/api/v3/order"))
 *         .POST(BodyPublishers.ofString("symbol=LTCBTC&side=BUY&type=MARKET&quantity=1")).build(), BodyHandlers.ofString());
 * }</pre>
 */
public final class SignedHttpClient {
    private final HttpClient client;
    private final HttpRequestSigner signer;

    private SignedHttpClient(HttpClient client, HttpRequestSigner signer) {
        this.client = client;
        this.signer = signer;
    }

    /**
     * Wraps {@code client}.
     *
     * @throws IllegalArgumentException if {@code client} follows redirects itself (it would resend the API key)
     */
    public static SignedHttpClient wrap(HttpClient client, HttpRequestSigner signer) {
        if (client.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("build the HttpClient with followRedirects(HttpClient.Redirect.NEVER): "
                    + "SignedHttpClient follows redirects itself so the API key never reaches another host");
        }
        return new SignedHttpClient(client, Objects.requireNonNull(signer, "signer"));
    }

    /**
     * Sends {@code request}, signed when it goes to an exchange origin; its body, if any, is the request's own
     * publisher (an {@code application/x-www-form-urlencoded} form, or a request without a {@code Content-Type}).
     *
     * @throws dev.signet.binance.SigningRefusedException when the request is refused (nothing signed was sent)
     * @throws dev.signet.binance.TimestampRejectedException when the exchange rejected the timestamp and the
     *     request was not repeated
     */
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        return new SignedCall<>(client, signer, request, CallBody.of(request), handler).send();
    }

    /**
     * Sends {@code request} with {@code formBody} as its form body; the request itself must have no body.
     *
     * @throws IllegalArgumentException when the request has a body too
     */
    public <T> HttpResponse<T> send(HttpRequest request, String formBody, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return new SignedCall<>(client, signer, request, CallBody.of(request, formBody), handler).send();
    }

    /**
     * Signs {@code writer}'s request with the writer and sends it to {@code origin} (an allowed exchange origin such as
     * {@code https://api.binance.com}, no path): the writer's bytes are sent as they are, the form body without a
     * copy. The signing allocates nothing once warm; the JDK client's own work per request does. Redirects are not
     * followed (a writer signs for its own path: a 3xx answer is returned as it is); a -1021 answer is handled as
     * {@link #send(HttpRequest, HttpResponse.BodyHandler)} handles it. Call it on the writer's thread.
     *
     * <pre>{@code client.send(URI.create("https://api.binance.com"), order.set("price", 1234, 4), BodyHandlers.ofString())}</pre>
     *
     * @throws dev.signet.binance.SigningRefusedException when {@code origin} is not an allowed exchange origin or the
     *     writer's guard refuses (nothing was sent)
     * @throws dev.signet.binance.TimestampRejectedException when the exchange rejected the timestamp and the
     *     request was not repeated
     */
    public <T> HttpResponse<T> send(URI origin, RequestWriter writer, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return WrittenCall.send(client, signer, origin, writer, handler);
    }
}
