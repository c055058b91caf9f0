package dev.signet.spring.internal;

import dev.signet.binance.HttpRequestSigner;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * Sends requests to exchange origins through a client that never follows redirects — Signet's interceptor follows
 * them itself, one signed or stripped hop at a time — and every other request through the application's client as
 * configured. Spring Boot's request-factory builder is wrapped to build these.
 */
public final class ExchangeOriginRequestFactory implements ClientHttpRequestFactory {
    private final HttpRequestSigner signer;
    private final ClientHttpRequestFactory usual;
    private final ClientHttpRequestFactory notFollowingRedirects;

    /** Routes by {@code signer}'s allowed hosts between the two factories. */
    public ExchangeOriginRequestFactory(HttpRequestSigner signer, ClientHttpRequestFactory usual,
            ClientHttpRequestFactory notFollowingRedirects) {
        this.signer = signer;
        this.usual = usual;
        this.notFollowingRedirects = notFollowingRedirects;
    }

    @Override
    public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
        return (signer.signs(uri) ? notFollowingRedirects : usual).createRequest(uri, httpMethod);
    }
}
