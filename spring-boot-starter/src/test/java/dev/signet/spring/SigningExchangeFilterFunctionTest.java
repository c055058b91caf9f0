package dev.signet.spring;

import java.net.URI;
import java.time.Duration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;

/** The filter on a hand-built {@code WebClient} over Reactor Netty, which does not follow redirects by default. */
class SigningExchangeFilterFunctionTest extends SigningAdapterCases {
    private WebClient client;

    @Override
    void createClient() {
        client = WebClient.builder().filter(SigningExchangeFilterFunction.create(signer)).build();
    }

    private Mono<Integer> exchange(String method, URI uri, String form) {
        WebClient.RequestBodySpec request = client.method(HttpMethod.valueOf(method)).uri(uri);
        WebClient.RequestHeadersSpec<?> ready = form == null ? request
                : request.contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue(form);
        return ready.exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value()));
    }

    @Override
    int send(String method, URI uri, String form) {
        return exchange(method, uri, form).block(Duration.ofSeconds(20));
    }

    @Override
    Throwable refusal(String method, URI uri, String form) {
        Throwable error = exchange(method, uri, form).map(status -> (Throwable) new AssertionError("sent, status " + status))
                .onErrorResume(Mono::just).block(Duration.ofSeconds(20));
        return error instanceof WebClientRequestException ? error.getCause() : error;
    }
}
