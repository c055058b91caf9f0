package dev.signet.spring;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.SigningRefusedException;
import dev.signet.binance.SignedRequest;
import dev.signet.core.SignetException;
import dev.signet.spring.internal.Hops;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.support.HttpRequestWrapper;

/**
 * Signs {@code RestClient} and {@code RestTemplate} requests to exchange origins, each send afresh (a retried request
 * gets a new timestamp); requests to any other origin pass unchanged, minus a stray API-key header. For a request that
 * starts at an exchange origin it follows redirects itself, re-signing hops that stay on that origin and sending
 * every other hop unsigned, without the key, {@code timestamp} or {@code signature} — so the HTTP client underneath
 * must not follow redirects for exchange hosts. Spring Boot's auto-configuration arranges that; a hand-built client
 * needs a request factory that does not follow redirects (the JDK client's default). A refusal by the guard is thrown
 * as a {@link SigningRefusedException}, which the client reports as a {@code ResourceAccessException}.
 *
 * <pre>{@code RestClient client = RestClient.builder().requestInterceptor(SigningClientHttpRequestInterceptor.create(httpRequestSigner)).build();}</pre>
 */
public final class SigningClientHttpRequestInterceptor implements ClientHttpRequestInterceptor {
    private final HttpRequestSigner signer;

    private SigningClientHttpRequestInterceptor(HttpRequestSigner signer) {
        this.signer = signer;
    }

    /** An interceptor signing with {@code signer} (its allowed hosts decide which requests are signed). */
    public static SigningClientHttpRequestInterceptor create(HttpRequestSigner signer) {
        return new SigningClientHttpRequestInterceptor(Objects.requireNonNull(signer, "signer"));
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) throws IOException {
        URI first = request.getURI();
        if (!signer.signs(first)) {
            return execution.execute(new Hop(request, request.getMethod(), first, withoutApiKey(request.getHeaders())), body);
        }
        HttpMethod method = request.getMethod();
        URI uri = first;
        byte[] sent = body;
        for (int redirects = 0; ; redirects++) {
            ClientHttpResponse response = send(request, method, uri, sent, Hops.isSigned(signer, first, uri), execution);
            int status = response.getStatusCode().value();
            URI location = response.getHeaders().getLocation();
            if (!Hops.isRedirect(status) || location == null || redirects == Hops.MAX_REDIRECTS) {
                return response;
            }
            response.close();
            uri = uri.resolve(location);
            method = HttpMethod.valueOf(Hops.methodAfter(status, method.name()));
            sent = Hops.keepsBody(status) ? sent : new byte[0];
        }
    }

    private ClientHttpResponse send(HttpRequest original, HttpMethod method, URI uri, byte[] body, boolean signed,
            ClientHttpRequestExecution execution) throws IOException {
        HttpHeaders headers = withoutApiKey(original.getHeaders());
        if (!signed) {
            return execution.execute(new Hop(original, method, uri, headers), body);
        }
        SignedRequest request;
        try {
            request = signer.sign(method.name(), uri, MediaType.APPLICATION_FORM_URLENCODED_VALUE, formBody(headers, body));
        } catch (SignetException | IllegalArgumentException refused) {
            throw new SigningRefusedException("Signet refused to sign this request: " + refused.getMessage(), refused);
        }
        headers.set(SignedRequest.API_KEY_HEADER, request.apiKey());
        if (request.hasBody()) {
            headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        }
        URI target = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + request.pathWithQuery());
        return execution.execute(new Hop(original, method, target, headers), request.body().getBytes(StandardCharsets.US_ASCII));
    }

    private static String formBody(HttpHeaders headers, byte[] body) {
        if (body.length == 0) {
            return null;
        }
        MediaType type = headers.getContentType();
        if (type == null || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type)) {
            throw new IllegalArgumentException("exchange request bodies must be application/x-www-form-urlencoded, not " + type);
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    /** A copy of {@code headers} without the API-key header (built anew: a header removed in place could come back). */
    private static HttpHeaders withoutApiKey(HttpHeaders headers) {
        HttpHeaders copy = new HttpHeaders();
        headers.forEach((name, values) -> {
            if (!name.equalsIgnoreCase(SignedRequest.API_KEY_HEADER)) {
                copy.addAll(name, values);
            }
        });
        return copy;
    }

    /** One hop of the request: its method, URI and headers replaced. */
    private static final class Hop extends HttpRequestWrapper {
        private final HttpMethod method;
        private final URI uri;
        private final HttpHeaders headers;

        Hop(HttpRequest original, HttpMethod method, URI uri, HttpHeaders headers) {
            super(original);
            this.method = method;
            this.uri = uri;
            this.headers = headers;
        }

        @Override
        public HttpMethod getMethod() {
            return method;
        }

        @Override
        public URI getURI() {
            return uri;
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }
    }
}
