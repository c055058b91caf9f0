package dev.signet.spring;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.SigningRefusedException;
import dev.signet.binance.SignedRequest;
import dev.signet.core.SignetException;
import dev.signet.spring.internal.FormBodyCapture;
import dev.signet.spring.internal.Hops;
import java.net.URI;
import java.util.Objects;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserter;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;

/**
 * Signs {@code WebClient} requests to exchange origins, at each subscription (so {@code retry()} re-signs with a fresh
 * timestamp); requests to any other origin pass unchanged, minus a stray API-key header. Redirects of a request that
 * starts at an exchange origin are followed here, as by {@link SigningClientHttpRequestInterceptor}: same-origin hops
 * re-signed, other hops unsigned — so the connector must not follow redirects for exchange hosts (Reactor Netty's
 * default; Spring Boot's auto-configuration arranges it). A refusal is the request's error signal, a
 * {@code WebClientRequestException} whose cause is a {@link SigningRefusedException}, as for any request that could not be
 * sent.
 *
 * <pre>{@code WebClient client = WebClient.builder().filter(SigningExchangeFilterFunction.create(httpRequestSigner)).build();}</pre>
 */
public final class SigningExchangeFilterFunction implements ExchangeFilterFunction {
    private final HttpRequestSigner signer;

    private SigningExchangeFilterFunction(HttpRequestSigner signer) {
        this.signer = signer;
    }

    /** A filter signing with {@code signer} (its allowed hosts decide which requests are signed). */
    public static SigningExchangeFilterFunction create(HttpRequestSigner signer) {
        return new SigningExchangeFilterFunction(Objects.requireNonNull(signer, "signer"));
    }

    @Override
    public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
        URI first = request.url();
        if (!signer.signs(first)) {
            return next.exchange(copy(request, request.method(), first).body(request.body()).build());
        }
        return FormBodyCapture.read(request)
                .onErrorMap(IllegalArgumentException.class, refused -> refusal(request, refused))
                .flatMap(form -> hop(request, request.method(), first, first, form, 0, next));
    }

    private Mono<ClientResponse> hop(ClientRequest original, HttpMethod method, URI first, URI uri, String form, int redirects,
            ExchangeFunction next) {
        return Mono.defer(() -> {
            ClientRequest prepared;
            try {
                prepared = prepare(original, method, uri, form, Hops.isSigned(signer, first, uri));
            } catch (SignetException | IllegalArgumentException | SigningRefusedException refused) {
                return Mono.error(refusal(original, refused));
            }
            return next.exchange(prepared);
        }).flatMap(response -> {
            int status = response.statusCode().value();
            URI location = response.headers().asHttpHeaders().getLocation();
            if (!Hops.isRedirect(status) || location == null || redirects == Hops.MAX_REDIRECTS) {
                return Mono.just(response);
            }
            HttpMethod after = HttpMethod.valueOf(Hops.methodAfter(status, method.name()));
            String body = Hops.keepsBody(status) ? form : "";
            return response.releaseBody().then(hop(original, after, first, uri.resolve(location), body, redirects + 1, next));
        });
    }

    private ClientRequest prepare(ClientRequest original, HttpMethod method, URI uri, String form, boolean signed)
            throws SigningRefusedException {
        if (!signed) {
            return copy(original, method, uri).body(inserter(form)).build();
        }
        SignedRequest request = signer.sign(method.name(), uri, MediaType.APPLICATION_FORM_URLENCODED_VALUE, form.isEmpty() ? null : form);
        URI target = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + request.pathWithQuery());
        return copy(original, method, target).headers(h -> {
            h.set(SignedRequest.API_KEY_HEADER, request.apiKey());
            if (request.hasBody()) {
                h.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
            }
        }).body(inserter(request.body())).build();
    }

    /** WebClient's error for a request that could not be sent, as Reactor Netty's I/O errors arrive. */
    private static WebClientRequestException refusal(ClientRequest request, Exception refused) {
        SigningRefusedException cause = refused instanceof SigningRefusedException already ? already
                : new SigningRefusedException("Signet refused to sign this request: " + refused.getMessage(), refused);
        return new WebClientRequestException(cause, request.method(), request.url(), request.headers());
    }

    private static BodyInserter<?, ? super org.springframework.http.client.reactive.ClientHttpRequest> inserter(String form) {
        return form.isEmpty() ? BodyInserters.empty() : BodyInserters.fromValue(form);
    }

    /** A new request to {@code uri} with the original's headers (without the API key), cookies and attributes. */
    private static ClientRequest.Builder copy(ClientRequest original, HttpMethod method, URI uri) {
        return ClientRequest.create(method, uri).headers(h -> original.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(SignedRequest.API_KEY_HEADER)) {
                h.addAll(name, values);
            }
        })).cookies(c -> c.addAll(original.cookies())).attributes(a -> a.putAll(original.attributes()))
                .httpRequest(original.httpRequest());
    }
}
