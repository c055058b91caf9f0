package dev.signet.http.jdk;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.SigningRefusedException;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A call's body: the publisher the caller gave (sent untouched when the call is not signed), its content type, and
 * — read once, when a hop is signed — its text. Only a publisher of known length is read: one of unknown length is
 * a stream that may not be readable again.
 */
final class CallBody {
    private static final long READ_TIMEOUT_SECONDS = 10;
    private final HttpRequest.BodyPublisher publisher;
    private final String contentType;
    private String form;

    private CallBody(HttpRequest.BodyPublisher publisher, String contentType, String form) {
        this.publisher = publisher;
        this.contentType = contentType;
        this.form = form;
    }

    static CallBody of(HttpRequest request) {
        return new CallBody(request.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()),
                request.headers().firstValue("Content-Type").orElse(null), null);
    }

    static CallBody of(HttpRequest request, String formBody) {
        if (request.bodyPublisher().map(HttpRequest.BodyPublisher::contentLength).orElse(0L) != 0) {
            throw new IllegalArgumentException("the request has a body and formBody was given too; give the body once");
        }
        String form = formBody == null ? "" : formBody;
        return new CallBody(HttpRequest.BodyPublishers.ofString(form), request.headers().firstValue("Content-Type")
                .orElse(form.isEmpty() ? null : "application/x-www-form-urlencoded"), form);
    }

    /** The publisher as the caller gave it. */
    HttpRequest.BodyPublisher publisher() {
        return publisher;
    }

    /** The caller's {@code Content-Type}, or null. */
    String contentType() {
        return contentType;
    }

    /**
     * The body's text, read once.
     *
     * @throws SigningRefusedException when it is a stream of unknown length, over 1 MiB, or does not complete
     */
    String form(String method, String path) throws SigningRefusedException, InterruptedException {
        if (form == null) {
            form = read(method, path);
        }
        return form;
    }

    private String read(String method, String path) throws SigningRefusedException, InterruptedException {
        long length = publisher.contentLength();
        if (length == 0) {
            return "";
        }
        if (length < 0) {
            throw new SigningRefusedException(method + " " + path + " was not signed: its body is a stream of unknown length "
                    + "(such as BodyPublishers.ofInputStream), which Signet cannot read to sign and send again; give the form "
                    + "as BodyPublishers.ofString(...) or put the parameters in the query");
        }
        if (length > HttpRequestSigner.MAX_FORM_BODY_BYTES) {
            throw new SigningRefusedException(method + " " + path + " was not signed: its form body is over 1 MiB");
        }
        Collector collector = new Collector();
        publisher.subscribe(collector);
        try {
            return collector.bytes.get(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new SigningRefusedException(method + " " + path + " was not signed: its body could not be read ("
                    + (e instanceof TimeoutException ? "it did not complete within " + READ_TIMEOUT_SECONDS + " s" : e.getCause()) + ")", e);
        }
    }

    /** Collects a publisher's bytes. */
    private static final class Collector implements Flow.Subscriber<ByteBuffer> {
        final CompletableFuture<String> bytes = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(ByteBuffer item) {
            if (out.size() + item.remaining() > HttpRequestSigner.MAX_FORM_BODY_BYTES) {
                bytes.completeExceptionally(new IllegalStateException("the body is longer than its declared length"));
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            out.write(chunk, 0, chunk.length);
        }

        @Override
        public void onError(Throwable failure) {
            bytes.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            bytes.complete(out.toString(StandardCharsets.UTF_8));
        }
    }
}
