package dev.signet.spring;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.ServerTimeOffset;
import dev.signet.binance.SignedRequest;
import dev.signet.binance.SigningRefusedException;
import dev.signet.spring.internal.FormBodyCapture;
import dev.signet.spring.internal.Hops;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
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
 * starts at an exchange origin are followed here, as by {@link SigningClientHttpRequestInterceptor}: hops to allowed
 * origins signed afresh, a hop to any other origin refused before anything is sent there — so the connector must not
 * follow redirects for exchange hosts (Reactor Netty's default; Spring Boot's auto-configuration arranges it). When
 * the exchange answers -1021 it measures the server time once (not following a redirect of that request) and repeats
 * a request that is safe to repeat once. A refusal or an unrecovered -1021 is the request's error signal, a
 * {@code WebClientRequestException} whose cause is the {@link SigningRefusedException} or
 * {@link dev.signet.binance.TimestampRejectedException}, as for any request that could not be sent. A form body is
 * signed when it is a value (its length known); one written as a stream of unknown length is refused.
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
        try {
            if (!signer.signs(first, first)) {
                return next.exchange(copy(request, request.method(), first).body(request.body()).build());
            }
        } catch (SigningRefusedException refused) {
            return Mono.error(failure(request, refused));
        }
        return FormBodyCapture.read(request).onErrorMap(SigningRefusedException.class, refused -> failure(request, refused))
                .flatMap(body -> attempt(request, body, next, false));
    }

    /** Sends the call, following its redirects; recovers once from -1021 unless {@code repeated}. */
    private Mono<ClientResponse> attempt(ClientRequest original, FormBodyCapture.Captured body, ExchangeFunction next, boolean repeated) {
        return hop(original, original.method(), original.url(), body.body(), body, 0, next).flatMap(sent -> {
            ClientResponse response = sent.response();
            if (response.statusCode().value() != 400) {
                return Mono.just(response);
            }
            return response.bodyToMono(String.class).defaultIfEmpty("").flatMap(text -> {
                if (!ServerTimeOffset.isTimestampRejection(400, text)) {
                    return Mono.just(response.mutate().body(text).build());
                }
                if (repeated) {
                    return Mono.error(failure(original, signer.timestampRejected(sent.signed(), true, null)));
                }
                return measureServerTime(original, sent, next).then(Mono.defer(() -> sent.signed().safeToRepeat()
                        ? attempt(original, body, next, true)
                        : Mono.error(failure(original, signer.timestampRejected(sent.signed(), false, null)))));
            });
        });
    }

    private Mono<Sent> hop(ClientRequest original, HttpMethod method, URI uri, String form, FormBodyCapture.Captured body,
            int redirects, ExchangeFunction next) {
        return Mono.defer(() -> {
            SignedRequest signed;
            try {
                signer.signs(original.url(), uri); // refuses a hop outside the allow-list before anything is sent there
                signed = signer.sign(method.name(), uri, body.contentType(), form.isEmpty() ? null : form);
            } catch (SigningRefusedException refused) {
                return Mono.error(failure(original, refused));
            }
            return next.exchange(prepare(original, method, uri, signed)).map(response -> new Sent(response, signed, uri));
        }).flatMap(sent -> {
            int status = sent.response().statusCode().value();
            URI location = sent.response().headers().asHttpHeaders().getLocation();
            if (!Hops.isRedirect(status) || location == null || redirects == Hops.MAX_REDIRECTS) {
                return Mono.just(sent);
            }
            HttpMethod after = HttpMethod.valueOf(Hops.methodAfter(status, method.name()));
            String kept = Hops.keepsBody(status) ? form : "";
            return sent.response().releaseBody().then(hop(original, after, uri.resolve(location), kept, body, redirects + 1, next));
        });
    }

    /** One unsigned GET of the time endpoint, at most once per interval; a redirect answer is a failed measurement. */
    private Mono<Void> measureServerTime(ClientRequest original, Sent rejected, ExchangeFunction next) {
        ServerTimeOffset time = signer.serverTimeOffset();
        return Mono.defer(() -> {
            if (!time.claimRefresh()) {
                return Mono.empty();
            }
            long before = time.localMillis();
            return next.exchange(ClientRequest.create(HttpMethod.GET, ServerTimeOffset.timeEndpoint(rejected.uri())).build())
                    .flatMap(answer -> {
                        long after = time.localMillis();
                        int status = answer.statusCode().value();
                        if (status != 200) {
                            return answer.releaseBody().then(Mono.error(new IOException("the time endpoint answered HTTP " + status)));
                        }
                        return answer.bodyToMono(String.class).defaultIfEmpty("")
                                .flatMap(text -> Mono.fromCallable(() -> time.record(text, before, after)));
                    })
                    .onErrorMap(e -> failure(original, signer.timestampRejected(rejected.signed(), false,
                            e instanceof Exception failed ? failed : new IOException(e))))
                    .then();
        });
    }

    private static ClientRequest prepare(ClientRequest original, HttpMethod method, URI uri, SignedRequest signed) {
        URI target = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + signed.pathWithQuery());
        return copy(original, method, target, HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH).headers(h -> {
            h.set(SignedRequest.API_KEY_HEADER, signed.apiKey());
            if (signed.hasBody()) {
                h.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
            }
        }).body(inserter(signed.body())).build();
    }

    /** WebClient's error for a request that could not be sent, as Reactor Netty's I/O errors arrive. */
    private static WebClientRequestException failure(ClientRequest request, IOException cause) {
        return new WebClientRequestException(cause, request.method(), request.url(), request.headers());
    }

    private static BodyInserter<?, ? super org.springframework.http.client.reactive.ClientHttpRequest> inserter(String form) {
        return form.isEmpty() ? BodyInserters.empty() : BodyInserters.fromValue(form);
    }

    /** A new request to {@code uri} with the original's headers (without the API key and {@code dropped}), cookies and attributes. */
    private static ClientRequest.Builder copy(ClientRequest original, HttpMethod method, URI uri, String... dropped) {
        return ClientRequest.create(method, uri).headers(h -> Hops.copyWithout(original.headers(), dropped).forEach(h::addAll))
                .cookies(c -> c.addAll(original.cookies())).attributes(a -> a.putAll(original.attributes()))
                .httpRequest(original.httpRequest());
    }

    /** A hop sent: the answer, what was signed and where it went. */
    private record Sent(ClientResponse response, SignedRequest signed, URI uri) {}
}
