package dev.signet.spring.internal;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * The clients, built by the auto-configuration from Spring Boot's settings with redirects off, through which Signet's
 * interceptor and filter send exchange requests themselves, so that a request factory or connector replaced on a
 * builder later cannot follow an exchange redirect with a signed request.
 */
public final class ExchangeTransports {
    private ExchangeTransports() {}

    /** The blocking one, for {@code RestClient} and {@code RestTemplate}. */
    public record Blocking(ClientHttpRequestFactory requests) {}

    /** The reactive one, for {@code WebClient}. */
    public record Reactive(ExchangeFunction exchange) {}
}
