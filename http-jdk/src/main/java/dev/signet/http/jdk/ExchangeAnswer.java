package dev.signet.http.jdk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLSession;

/**
 * The answer to a signed hop. An HTTP 400 is held as bytes (at most 1 MiB) so the adapter can see whether it is the
 * exchange's -1021; anything else, or a held answer that is not -1021, reaches the caller's body handler as usual.
 *
 * @param <T> the caller's body type
 */
final class ExchangeAnswer<T> {
    private static final int MAX_HELD_BYTES = 1024 * 1024;
    private final HttpResponse<ExchangeAnswer<T>> response;
    private final T body;
    private final byte[] held;

    private ExchangeAnswer(HttpResponse<ExchangeAnswer<T>> response, T body, byte[] held) {
        this.response = response;
        this.body = body;
        this.held = held;
    }

    /** A handler that holds 400 answers and hands everything else to {@code handler}. */
    static <T> HttpResponse.BodyHandler<ExchangeAnswer<T>> handler(HttpResponse.BodyHandler<T> handler) {
        return info -> info.statusCode() == 400
                ? HttpResponse.BodySubscribers.mapping(new Held(), bytes -> new ExchangeAnswer<T>(null, null, bytes))
                : HttpResponse.BodySubscribers.mapping(handler.apply(info), body -> new ExchangeAnswer<T>(null, body, null));
    }

    /** A handler for a small text answer (such as the time endpoint's), at most 1 MiB. */
    static HttpResponse.BodyHandler<String> boundedText() {
        return info -> HttpResponse.BodySubscribers.mapping(new Held(), bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** Sends {@code request} and ties the answer to its response. */
    static <T> ExchangeAnswer<T> send(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpResponse<ExchangeAnswer<T>> response = client.send(request, handler(handler));
        ExchangeAnswer<T> answer = response.body();
        return new ExchangeAnswer<>(response, answer.body, answer.held);
    }

    /** The held 400 answer as text, or null when it was handed to the caller's handler. */
    String heldText() {
        return held == null ? null : new String(held, StandardCharsets.UTF_8);
    }

    /** The response as the caller's handler makes it (a held answer is fed to it now). */
    HttpResponse<T> response(HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        return new Relayed<>(response, held == null ? body : replay(handler));
    }

    private T replay(HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new Info(response));
        subscriber.onSubscribe(new Flow.Subscription() {
            private boolean delivered;

            @Override
            public void request(long n) {
                if (!delivered && n > 0) {
                    delivered = true;
                    subscriber.onNext(List.of(ByteBuffer.wrap(held)));
                    subscriber.onComplete();
                }
            }

            @Override
            public void cancel() {
                delivered = true;
            }
        });
        try {
            return subscriber.getBody().toCompletableFuture().get();
        } catch (ExecutionException e) {
            throw new IOException("the body handler failed: " + e.getCause(), e.getCause());
        }
    }

    /** Collects a 400 answer's bytes. */
    private static final class Held implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> bytes = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        @Override
        public CompletionStage<byte[]> getBody() {
            return bytes;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer item : items) {
                if (out.size() + item.remaining() > MAX_HELD_BYTES) {
                    subscription.cancel();
                    bytes.completeExceptionally(new IOException("an HTTP 400 answer over 1 MiB from an exchange origin"));
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable failure) {
            bytes.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            bytes.complete(out.toByteArray());
        }
    }

    /** The response's status, headers and version, for the caller's handler. */
    private record Info(HttpResponse<?> response) implements HttpResponse.ResponseInfo {
        @Override
        public int statusCode() {
            return response.statusCode();
        }

        @Override
        public HttpHeaders headers() {
            return response.headers();
        }

        @Override
        public HttpClient.Version version() {
            return response.version();
        }
    }

    /** A response with the caller's body. */
    private record Relayed<T>(HttpResponse<?> response, T body) implements HttpResponse<T> {
        @Override
        public int statusCode() {
            return response.statusCode();
        }

        @Override
        public HttpRequest request() {
            return response.request();
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return response.headers();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return response.sslSession();
        }

        @Override
        public URI uri() {
            return response.uri();
        }

        @Override
        public HttpClient.Version version() {
            return response.version();
        }
    }
}
