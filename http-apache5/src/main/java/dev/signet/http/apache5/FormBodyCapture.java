package dev.signet.http.apache5;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;

/**
 * Reads an async request's form body so it can be signed: only repeatable producers (in-memory bodies such as
 * {@code SimpleRequestBuilder.setBody}) are drained; a streaming body cannot be read twice and is refused.
 */
final class FormBodyCapture implements DataStreamChannel {
    private static final int MAX_BYTES = 1024 * 1024;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private boolean ended;

    private FormBodyCapture() {}

    /** The producer's body as text. */
    static String read(AsyncEntityProducer producer) throws IOException {
        ContentType type = ContentType.parseLenient(producer.getContentType());
        if (type == null || !ContentType.APPLICATION_FORM_URLENCODED.isSameMimeType(type)) {
            throw new IllegalArgumentException("exchange request bodies must be application/x-www-form-urlencoded, not " + type);
        }
        if (!producer.isRepeatable()) {
            throw new IllegalArgumentException("this async body is a stream Signet cannot read twice to sign; send the form "
                    + "as an in-memory body (SimpleRequestBuilder.setBody) or put the parameters in the query");
        }
        FormBodyCapture capture = new FormBodyCapture();
        for (int rounds = 0; !capture.ended && rounds < 10_000; rounds++) {
            producer.produce(capture);
        }
        if (!capture.ended) {
            throw new IllegalArgumentException("the async body did not end; send the form as an in-memory body");
        }
        return capture.bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void requestOutput() {
        // everything is accepted at once
    }

    @Override
    public int write(ByteBuffer src) {
        int n = src.remaining();
        if (bytes.size() + n > MAX_BYTES) {
            throw new IllegalArgumentException("form body over 1 MiB");
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
