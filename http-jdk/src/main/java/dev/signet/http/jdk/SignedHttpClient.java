package dev.signet.http.jdk;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.SignedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Objects;
import java.util.Set;

/**
 * The drop-in for the JDK {@link HttpClient}, which has no interceptors: {@link #send} signs requests to exchange
 * hosts (fresh timestamp on every send, so retries are re-signed) and follows redirects itself, so the API key
 * never reaches another host. The wrapped client must not follow redirects on its own.
 *
 * <pre>{@code
 * SignedHttpClient client = SignedHttpClient.wrap(HttpClient.newHttpClient(), httpRequestSigner);
 * HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("https://api.binance.com/api/v3/account")).build(),
 *         HttpResponse.BodyHandlers.ofString());
 * }</pre>
 */
public final class SignedHttpClient {
    private static final int MAX_REDIRECTS = 5;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String FORM = "application/x-www-form-urlencoded";

    private final HttpClient client;
    private final HttpRequestSigner signer;

    private SignedHttpClient(HttpClient client, HttpRequestSigner signer) {
        this.client = client;
        this.signer = signer;
    }

    /**
     * Wraps {@code client}.
     *
     * @throws IllegalArgumentException if {@code client} follows redirects itself (it would resend the API key)
     */
    public static SignedHttpClient wrap(HttpClient client, HttpRequestSigner signer) {
        if (client.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("build the HttpClient with followRedirects(HttpClient.Redirect.NEVER): "
                    + "SignedHttpClient follows redirects itself so the API key never reaches another host");
        }
        return new SignedHttpClient(client, Objects.requireNonNull(signer, "signer"));
    }

    /**
     * Signs (for exchange hosts) and sends a request whose body, if any, is a form given as {@code formBody}.
     *
     * @param formBody the form body to send, or null for none
     */
    public <T> HttpResponse<T> send(HttpRequest request, String formBody, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        URI uri = request.uri();
        String method = request.method();
        String body = formBody;
        for (int hop = 0; ; hop++) {
            HttpResponse<T> response = client.send(prepare(request, method, uri, body), handler);
            String location = response.headers().firstValue("Location").orElse(null);
            if (!REDIRECTS.contains(response.statusCode()) || location == null || hop == MAX_REDIRECTS) {
                return response;
            }
            uri = uri.resolve(location);
            if (response.statusCode() == 303) {
                method = "GET";
                body = null;
            }
        }
    }

    /** Signs and sends a request without a body. */
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        return send(request, null, handler);
    }

    private HttpRequest prepare(HttpRequest original, String method, URI uri, String formBody) {
        HttpRequest.Builder builder = HttpRequest.newBuilder();
        original.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(SignedRequest.API_KEY_HEADER)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        original.timeout().ifPresent(builder::timeout);
        if (!signer.signs(uri)) {
            return builder.uri(uri).method(method, publisher(formBody)).build();
        }
        SignedRequest signed = signer.sign(method, uri, formBody);
        URI target = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + signed.pathWithQuery());
        if (signed.hasBody() && original.headers().firstValue("Content-Type").isEmpty()) {
            builder.header("Content-Type", FORM);
        }
        return builder.uri(target).header(SignedRequest.API_KEY_HEADER, signed.apiKey())
                .method(method, publisher(signed.hasBody() ? signed.body() : null)).build();
    }

    private static HttpRequest.BodyPublisher publisher(String body) {
        return body == null || body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
    }
}
