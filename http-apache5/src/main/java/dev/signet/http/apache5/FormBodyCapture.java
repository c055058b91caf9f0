package dev.signet.http.apache5;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.SigningRefusedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;

/**
 * Reads a request body so it can be signed: only repeatable bodies (in memory: {@code StringEntity},
 * {@code UrlEncodedFormEntity}, {@code SimpleRequestBuilder.setBody}) are read; a stream cannot be read to sign and
 * then sent again, and is refused. At most {@link HttpRequestSigner#MAX_FORM_BODY_BYTES}.
 */
final class FormBodyCapture implements DataStreamChannel {
    private static final int MAX_ROUNDS = 10_000;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private boolean ended;
    private boolean tooLong;

    private FormBodyCapture() {}

    /** A classic entity's text. */
    static String read(HttpEntity entity, String method, String path) throws IOException {
        if (!entity.isRepeatable()) {
            throw stream(method, path);
        }
        if (entity.getContentLength() > HttpRequestSigner.MAX_FORM_BODY_BYTES) {
            throw tooLong(method, path);
        }
        byte[] content = EntityUtils.toByteArray(entity, HttpRequestSigner.MAX_FORM_BODY_BYTES + 1);
        if (content.length > HttpRequestSigner.MAX_FORM_BODY_BYTES) {
            throw tooLong(method, path);
        }
        return new String(content, StandardCharsets.UTF_8);
    }

    /** An async producer's text. */
    static String read(AsyncEntityProducer producer, String method, String path) throws IOException {
        if (!producer.isRepeatable()) {
            throw stream(method, path);
        }
        FormBodyCapture capture = new FormBodyCapture();
        for (int rounds = 0; !capture.ended && !capture.tooLong && rounds < MAX_ROUNDS; rounds++) {
            producer.produce(capture);
        }
        if (capture.tooLong) {
            throw tooLong(method, path);
        }
        if (!capture.ended) {
            throw new SigningRefusedException(method + " " + path + " was not signed: its body did not end; send the form as an "
                    + "in-memory body (SimpleRequestBuilder.setBody)");
        }
        return capture.bytes.toString(StandardCharsets.UTF_8);
    }

    private static SigningRefusedException stream(String method, String path) {
        return new SigningRefusedException(method + " " + path + " was not signed: its body is a stream, which Signet cannot read "
                + "to sign and send again; send the form as an in-memory body (StringEntity, UrlEncodedFormEntity, "
                + "SimpleRequestBuilder.setBody) or put the parameters in the query");
    }

    private static SigningRefusedException tooLong(String method, String path) {
        return new SigningRefusedException(method + " " + path + " was not signed: its body is over 1 MiB");
    }

    @Override
    public void requestOutput() {
        // everything is accepted at once
    }

    @Override
    public int write(ByteBuffer src) {
        int n = src.remaining();
        if (bytes.size() + n > HttpRequestSigner.MAX_FORM_BODY_BYTES) {
            tooLong = true;
            src.position(src.limit());
            return n;
        }
        while (src.hasRemaining()) {
            bytes.write(src.get());
        }
        return n;
    }

    @Override
    public void endStream() {
        ended = true;
    }

    @Override
    public void endStream(List<? extends Header> trailers) {
        ended = true;
    }
}
