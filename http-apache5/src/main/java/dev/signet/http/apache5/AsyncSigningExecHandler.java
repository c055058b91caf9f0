package dev.signet.http.apache5;

import dev.signet.binance.HttpRequestSigner;
import java.util.Objects;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;

/**
 * Installs Signet on an async HttpClient 5 builder, with the rules of {@link SigningExecHandler}. Form bodies are
 * read from repeatable (in-memory) producers, re-encoded and signed; a streaming body cannot be read twice and is
 * refused. Every refusal and error completes the request's own future (and callback) exceptionally with an
 * {@link java.io.IOException} — {@link dev.signet.binance.SigningRefusedException} for refusals — and never
 * affects another request on the client.
 *
 * <pre>{@code CloseableHttpAsyncClient client = AsyncSigningExecHandler.create(signer).installOn(HttpAsyncClients.custom()).build();}</pre>
 */
public final class AsyncSigningExecHandler {
    private final HttpRequestSigner signer;

    private AsyncSigningExecHandler(HttpRequestSigner signer) {
        this.signer = signer;
    }

    /** An installer signing with {@code signer}. */
    public static AsyncSigningExecHandler create(HttpRequestSigner signer) {
        return new AsyncSigningExecHandler(Objects.requireNonNull(signer, "signer"));
    }

    /**
     * Adds Signet's call handler first in {@code builder}'s chain and its hop handler right before the protocol
     * element; returns the builder.
     *
     * @throws IllegalStateException when Signet is already installed on {@code builder}
     */
    public HttpAsyncClientBuilder installOn(HttpAsyncClientBuilder builder) {
        Installation.claim(builder);
        return builder.addExecInterceptorFirst(Installation.CALL, new AsyncCallGuard(signer))
                .addExecInterceptorBefore(ChainElement.PROTOCOL.name(), Installation.HOP, new AsyncHopSigner(signer));
    }
}
