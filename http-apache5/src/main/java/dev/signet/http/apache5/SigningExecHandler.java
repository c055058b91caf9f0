package dev.signet.http.apache5;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.RequestWriter;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;

/**
 * Installs Signet on a classic HttpClient 5 builder, whatever its chain looks like (retries, redirects or
 * compression disabled, custom exec interceptors). The decision follows where the client connects — the route's
 * target, so a target {@code HttpHost} given apart from the request counts, not the request's URI. Every hop and
 * every retry to an allowed origin is signed with a fresh timestamp; a signed call's redirect to any other origin
 * is refused; other calls pass without the API key. When the exchange answers -1021 the server time is measured once
 * and a request that is safe to repeat is repeated once. Refusals are
 * {@link dev.signet.binance.SigningRefusedException}s thrown by {@code execute}.
 *
 * <pre>{@code CloseableHttpClient client = SigningExecHandler.create(httpRequestSigner).installOn(HttpClients.custom()).build();}</pre>
 */
public final class SigningExecHandler {
    private final HttpRequestSigner signer;

    private SigningExecHandler(HttpRequestSigner signer) {
        this.signer = signer;
    }

    /** An installer signing with {@code signer}. */
    public static SigningExecHandler create(HttpRequestSigner signer) {
        return new SigningExecHandler(Objects.requireNonNull(signer, "signer"));
    }

    /**
     * Adds Signet's call handler first in {@code builder}'s chain and its hop handler right before the protocol
     * element; returns the builder.
     *
     * @throws IllegalStateException when Signet is already installed on {@code builder}
     */
    public HttpClientBuilder installOn(HttpClientBuilder builder) {
        Installation.claim(builder);
        return builder.addExecInterceptorFirst(Installation.CALL, new ClassicCallGuard(signer))
                .addExecInterceptorBefore(ChainElement.PROTOCOL.name(), Installation.HOP, new ClassicHopSigner(signer));
    }

    /**
     * Signs {@code writer}'s request on the calling thread and executes it with {@code client} (built with this
     * handler's {@link #installOn}) at {@code origin} (an allowed exchange origin such as {@code https://api.binance.com},
     * no path): the query goes in the request URI and the form body as a {@code ByteArrayEntity} over the writer's
     * buffer, without a copy. The signing allocates nothing once warm; the client's own work per request does.
     * Signet's hop handler sends the request unchanged and only to the URI it was written for; redirects are not
     * followed (a writer signs for its own path: a 3xx answer is returned as it is). A -1021 answer is measured and a
     * request safe to repeat signed again once, as for other calls. Call it on the writer's thread.
     *
     * <pre>{@code try (ClassicHttpResponse answer = handler.execute(client, URI.create("https://api.binance.com"), order.set("price", 1234, 4))) { ... }}</pre>
     *
     * @throws dev.signet.binance.SigningRefusedException when {@code origin} is not an allowed exchange origin, the
     *     writer's guard refuses (nothing was sent), or {@code client} lacks this handler
     * @throws dev.signet.binance.TimestampRejectedException when the exchange rejected the timestamp and the request
     *     was not repeated
     */
    public ClassicHttpResponse execute(CloseableHttpClient client, URI origin, RequestWriter writer) throws IOException {
        return WrittenCall.execute(signer, client, origin, writer);
    }
}
