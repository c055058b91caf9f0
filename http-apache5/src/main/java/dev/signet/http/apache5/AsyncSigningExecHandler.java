package dev.signet.http.apache5;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.SignedRequest;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.client5.http.async.AsyncExecChain;
import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.entity.StringAsyncEntityProducer;

/**
 * Signs async HttpClient 5 requests to exchange hosts, after the redirect and retry elements like
 * {@link SigningExecHandler}. Form bodies are read from repeatable (in-memory) producers, re-encoded and signed; a
 * streaming body cannot be read twice, so such a request fails (its future completes exceptionally) with a
 * message saying so.
 *
 * <pre>{@code CloseableHttpAsyncClient client = AsyncSigningExecHandler.create(signer).installOn(HttpAsyncClients.custom()).build();}</pre>
 */
public final class AsyncSigningExecHandler implements AsyncExecChainHandler {
    private final HttpRequestSigner signer;

    private AsyncSigningExecHandler(HttpRequestSigner signer) {
        this.signer = signer;
    }

    /** A handler signing with {@code signer}. */
    public static AsyncSigningExecHandler create(HttpRequestSigner signer) {
        return new AsyncSigningExecHandler(Objects.requireNonNull(signer, "signer"));
    }

    /** Adds this handler after the retry element of {@code builder}; returns the builder. */
    public HttpAsyncClientBuilder installOn(HttpAsyncClientBuilder builder) {
        return builder.addExecInterceptorAfter(ChainElement.RETRY.name(), SigningExecHandler.NAME, this);
    }

    @Override
    public void execute(HttpRequest request, AsyncEntityProducer entityProducer, AsyncExecChain.Scope scope,
            AsyncExecChain chain, AsyncExecCallback callback) throws HttpException, IOException {
        URI uri = SigningExecHandler.uriOf(request);
        if (!signer.signs(uri)) {
            request.removeHeaders(SignedRequest.API_KEY_HEADER);
            chain.proceed(request, entityProducer, scope, callback);
            return;
        }
        SignedRequest signed;
        try {
            signed = signer.sign(request.getMethod(), uri, entityProducer == null ? null : FormBodyCapture.read(entityProducer));
        } catch (IllegalArgumentException refused) {
            callback.failed(refused);
            return;
        }
        SigningExecHandler.apply(signed, request);
        AsyncEntityProducer body = signed.hasBody()
                ? new StringAsyncEntityProducer(signed.body(), ContentType.APPLICATION_FORM_URLENCODED) : null;
        chain.proceed(request, body, scope, callback);
    }
}
