package dev.signet.http.apache5;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.SignedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * Signs classic HttpClient 5 requests to exchange hosts. Installed after the redirect and retry elements, it runs
 * for every hop and every retry: each is signed with a fresh timestamp, and hops to other hosts lose the API key.
 *
 * <pre>{@code CloseableHttpClient client = SigningExecHandler.create(httpRequestSigner).installOn(HttpClients.custom()).build();}</pre>
 */
public final class SigningExecHandler implements ExecChainHandler {
    /** The name the handler is registered under in the exec chain. */
    public static final String NAME = "signet-signing";
    private final HttpRequestSigner signer;

    private SigningExecHandler(HttpRequestSigner signer) {
        this.signer = signer;
    }

    /** A handler signing with {@code signer}. */
    public static SigningExecHandler create(HttpRequestSigner signer) {
        return new SigningExecHandler(Objects.requireNonNull(signer, "signer"));
    }

    /** Adds this handler after the retry element of {@code builder}; returns the builder. */
    public HttpClientBuilder installOn(HttpClientBuilder builder) {
        return builder.addExecInterceptorAfter(ChainElement.RETRY.name(), NAME, this);
    }

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
            throws IOException, HttpException {
        URI uri = uriOf(request);
        if (!signer.signs(uri)) {
            request.removeHeaders(SignedRequest.API_KEY_HEADER);
            return chain.proceed(request, scope);
        }
        SignedRequest signed = signer.sign(request.getMethod(), uri, formBody(request.getEntity()));
        apply(signed, request);
        if (signed.hasBody()) {
            request.setEntity(new StringEntity(signed.body(), ContentType.APPLICATION_FORM_URLENCODED));
        }
        return chain.proceed(request, scope);
    }

    static URI uriOf(HttpRequest request) throws HttpException {
        try {
            return request.getUri();
        } catch (URISyntaxException e) {
            throw new HttpException("request URI is malformed: " + e.getMessage());
        }
    }

    static void apply(SignedRequest signed, HttpRequest request) {
        request.setPath(signed.pathWithQuery());
        request.setHeader(SignedRequest.API_KEY_HEADER, signed.apiKey());
    }

    private static String formBody(HttpEntity entity) throws IOException {
        if (entity == null) {
            return null;
        }
        ContentType type = ContentType.parseLenient(entity.getContentType());
        if (type == null || !ContentType.APPLICATION_FORM_URLENCODED.isSameMimeType(type)) {
            throw new IllegalArgumentException("exchange request bodies must be application/x-www-form-urlencoded, not " + type);
        }
        try {
            return EntityUtils.toString(entity, StandardCharsets.UTF_8);
        } catch (ParseException e) {
            throw new IOException("cannot read the form body", e);
        }
    }
}
