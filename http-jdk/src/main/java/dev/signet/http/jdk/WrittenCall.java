package dev.signet.http.jdk;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.RequestWriter;
import dev.signet.binance.ServerTimeOffset;
import dev.signet.binance.SignedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * One call of a {@link RequestWriter} through {@link SignedHttpClient}: the origin is checked first, the writer signs
 * on the calling thread, and its buffer is sent as it is (the form body through {@code BodyPublishers.ofByteArray}
 * over the writer's bytes, no copy). Redirects are not followed — a writer signs for its own path — so a 3xx answer
 * reaches the caller as it is, and nothing signed goes anywhere else. A -1021 answer measures the server time once
 * and, when the request is safe to repeat, signs it again with a fresh timestamp once.
 */
final class WrittenCall {
    private static final String FORM = "application/x-www-form-urlencoded";

    private WrittenCall() {}

    static <T> HttpResponse<T> send(HttpClient client, HttpRequestSigner signer, URI origin, RequestWriter writer,
            HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        return signer.sendWritten(origin, writer, new HttpRequestSigner.WrittenExchange<ExchangeAnswer<T>, InterruptedException>() {
            @Override
            public ExchangeAnswer<T> send(RequestWriter signed) throws IOException, InterruptedException {
                return ExchangeAnswer.send(client, request(origin, signed), handler);
            }

            @Override
            public boolean rejectsTimestamp(ExchangeAnswer<T> answer) {
                return ServerTimeOffset.isTimestampRejection(400, answer.heldText());
            }

            @Override
            public void measureServerTime(SignedRequest rejected) throws IOException, InterruptedException {
                SignedCall.measureServerTime(client, signer, origin, null, rejected);
            }
        }).response(handler);
    }

    private static HttpRequest request(URI origin, RequestWriter writer) {
        String query = writer.query();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin.getScheme() + "://" + origin.getRawAuthority() + writer.path()
                + (query.isEmpty() ? "" : "?" + query))).header(SignedRequest.API_KEY_HEADER, writer.apiKey().value());
        if (writer.bodyLength() == 0) {
            return request.method(writer.method(), HttpRequest.BodyPublishers.noBody()).build();
        }
        return request.header("Content-Type", FORM).method(writer.method(),
                HttpRequest.BodyPublishers.ofByteArray(writer.bytes(), writer.queryLength(), writer.bodyLength())).build();
    }
}
