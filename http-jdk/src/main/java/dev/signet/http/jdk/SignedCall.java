package dev.signet.http.jdk;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.ServerTimeOffset;
import dev.signet.binance.SignedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/**
 * One call through {@link SignedHttpClient}: its hops (redirects are followed here, as the JDK client would:
 * 303, and 301/302 after a POST, continue as GET without the body; 307/308 keep both), each decided and signed by
 * {@link HttpRequestSigner}, and the one repeat a -1021 answer may earn.
 *
 * @param <T> the caller's body type
 */
final class SignedCall<T> {
    private static final int MAX_REDIRECTS = 5;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String FORM = "application/x-www-form-urlencoded";

    private final HttpClient client;
    private final HttpRequestSigner signer;
    private final HttpRequest original;
    private final CallBody body;
    private final HttpResponse.BodyHandler<T> handler;

    SignedCall(HttpClient client, HttpRequestSigner signer, HttpRequest original, CallBody body, HttpResponse.BodyHandler<T> handler) {
        this.client = client;
        this.signer = signer;
        this.original = original;
        this.body = body;
        this.handler = handler;
    }

    HttpResponse<T> send() throws IOException, InterruptedException {
        return follow(false);
    }

    private HttpResponse<T> follow(boolean repeated) throws IOException, InterruptedException {
        URI hop = original.uri();
        String method = original.method();
        boolean withBody = true;
        for (int redirects = 0; ; redirects++) {
            boolean following = redirects < MAX_REDIRECTS;
            HttpResponse<T> response;
            if (signer.signs(original.uri(), hop)) {
                SignedRequest signed = signer.sign(method, hop, body.contentType(), withBody ? body.form(method, hop.getRawPath()) : null);
                ExchangeAnswer<T> answer = ExchangeAnswer.send(client, signedHop(hop, signed), handler(following));
                if (ServerTimeOffset.isTimestampRejection(400, answer.heldText())) {
                    return recover(hop, signed, repeated);
                }
                response = answer.response(handler);
            } else {
                response = client.send(unsignedHop(hop, method, withBody), handler(following));
            }
            String location = response.headers().firstValue("Location").orElse(null);
            if (!following || !REDIRECTS.contains(response.statusCode()) || location == null) {
                return response;
            }
            String next = redirectedMethod(response.statusCode(), method);
            withBody &= next.equals(method);
            method = next;
            hop = resolve(hop, location);
        }
    }

    /** The exchange rejected the timestamp: measure the server time once, repeat once when that is safe. */
    private HttpResponse<T> recover(URI hop, SignedRequest rejected, boolean repeated) throws IOException, InterruptedException {
        if (repeated) {
            throw signer.timestampRejected(rejected, true, null);
        }
        measureServerTime(client, signer, hop, original.timeout().orElse(null), rejected);
        if (!rejected.safeToRepeat()) {
            throw signer.timestampRejected(rejected, false, null);
        }
        return follow(true);
    }

    /**
     * Measures the server time once through {@code client} (unless another call is measuring it now) after the
     * exchange rejected {@code rejected}'s timestamp.
     *
     * @throws dev.signet.binance.TimestampRejectedException when the time endpoint cannot be read
     */
    static void measureServerTime(HttpClient client, HttpRequestSigner signer, URI hop, Duration timeout, SignedRequest rejected)
            throws IOException, InterruptedException {
        ServerTimeOffset time = signer.serverTimeOffset();
        if (!time.claimRefresh()) {
            return;
        }
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(ServerTimeOffset.timeEndpoint(hop)).GET();
            if (timeout != null) {
                request.timeout(timeout);
            }
            long before = time.localMillis();
            HttpResponse<String> answer = client.send(request.build(), ExchangeAnswer.boundedText());
            long after = time.localMillis();
            if (answer.statusCode() != 200) {
                throw new IOException("the time endpoint answered HTTP " + answer.statusCode());
            }
            time.record(answer.body(), before, after);
        } catch (IOException e) {
            throw signer.timestampRejected(rejected, false, e);
        }
    }

    /** The caller's handler; a redirect that will be followed has its body discarded. */
    private HttpResponse.BodyHandler<T> handler(boolean following) {
        return info -> following && REDIRECTS.contains(info.statusCode()) && info.headers().firstValue("Location").isPresent()
                ? HttpResponse.BodySubscribers.replacing(null) : handler.apply(info);
    }

    private HttpRequest signedHop(URI hop, SignedRequest signed) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(original, (name, value) -> !name.equalsIgnoreCase(SignedRequest.API_KEY_HEADER)
                && !name.equalsIgnoreCase("Content-Type"))
                .uri(URI.create(hop.getScheme() + "://" + hop.getRawAuthority() + signed.pathWithQuery()))
                .header(SignedRequest.API_KEY_HEADER, signed.apiKey());
        if (!signed.hasBody()) {
            return builder.method(signed.method(), HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", FORM).method(signed.method(), HttpRequest.BodyPublishers.ofString(signed.body())).build();
    }

    private HttpRequest unsignedHop(URI hop, String method, boolean withBody) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(original, (name, value) -> !name.equalsIgnoreCase(SignedRequest.API_KEY_HEADER)
                && (withBody || !name.equalsIgnoreCase("Content-Type"))).uri(hop);
        if (withBody && body.contentType() != null && original.headers().firstValue("Content-Type").isEmpty()) {
            builder.header("Content-Type", body.contentType());
        }
        return builder.method(method, withBody ? body.publisher() : HttpRequest.BodyPublishers.noBody()).build();
    }

    private static String redirectedMethod(int status, String method) {
        boolean toGet = status == 303 && !method.equals("HEAD") || (status == 301 || status == 302) && method.equals("POST");
        return toGet ? "GET" : method;
    }

    private static URI resolve(URI hop, String location) throws IOException {
        try {
            return hop.resolve(location);
        } catch (IllegalArgumentException e) {
            throw new IOException("the redirect location is not a URI: " + e.getMessage(), e);
        }
    }
}
