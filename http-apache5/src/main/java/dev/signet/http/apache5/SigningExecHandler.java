package dev.signet.http.apache5;

import dev.signet.binance.HttpRequestSigner;
import java.util.Objects;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

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
}
