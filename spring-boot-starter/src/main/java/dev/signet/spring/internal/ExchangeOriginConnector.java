package dev.signet.spring.internal;

import dev.signet.binance.HttpRequestSigner;
import java.net.URI;
import java.util.function.Function;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpResponse;
import reactor.core.publisher.Mono;

/**
 * The reactive twin of {@link ExchangeOriginRequestFactory}: requests to exchange origins go through a connector that
 * never follows redirects (Signet's filter follows them hop by hop), all others through the application's connector.
 */
public final class ExchangeOriginConnector implements ClientHttpConnector {
    private final HttpRequestSigner signer;
    private final ClientHttpConnector usual;
    private final ClientHttpConnector notFollowingRedirects;

    /** Routes by {@code signer}'s allowed hosts between the two connectors. */
    public ExchangeOriginConnector(HttpRequestSigner signer, ClientHttpConnector usual, ClientHttpConnector notFollowingRedirects) {
        this.signer = signer;
        this.usual = usual;
        this.notFollowingRedirects = notFollowingRedirects;
    }

    @Override
    public Mono<ClientHttpResponse> connect(HttpMethod method, URI uri, Function<? super ClientHttpRequest, Mono<Void>> requestCallback) {
        return (signer.signs(uri) ? notFollowingRedirects : usual).connect(method, uri, requestCallback);
    }
}
