package dev.signet.http.apache5;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncDataConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;

/**
 * An async answer held in memory (at most 1 MiB) instead of being passed on: a 400 from the exchange, until it is
 * known whether it is -1021, or the time endpoint's answer. A held answer that is passed on after all is replayed
 * to the callback as if it had just arrived.
 */
final class HeldAnswer implements AsyncDataConsumer {
    private static final int MAX_BYTES = 1024 * 1024;
    private final HttpResponse response;
    private final EntityDetails details;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    HeldAnswer(HttpResponse response, EntityDetails details) {
        this.response = response;
        this.details = details;
    }

    HttpResponse response() {
        return response;
    }

    String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Hands the answer to {@code callback} as the transport would have. */
    void replayTo(AsyncExecCallback callback) {
        try {
            AsyncDataConsumer consumer = callback.handleResponse(response, details);
            if (consumer != null) {
                consumer.updateCapacity(increment -> { });
                consumer.consume(ByteBuffer.wrap(bytes.toByteArray()));
                consumer.streamEnd(null);
            }
        } catch (HttpException | IOException | RuntimeException failure) {
            callback.failed(failure);
            return;
        }
        callback.completed();
    }

    @Override
    public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
        capacityChannel.update(Integer.MAX_VALUE);
    }

    @Override
    public void consume(ByteBuffer src) throws IOException {
        if (bytes.size() + src.remaining() > MAX_BYTES) {
            throw new IOException("an answer over 1 MiB from an exchange origin where a short error or the time was expected");
        }
        while (src.hasRemaining()) {
            bytes.write(src.get());
        }
    }

    @Override
    public void streamEnd(List<? extends Header> trailers) {
        // complete: the callback's completed() follows
    }

    @Override
    public void releaseResources() {
        // nothing held outside memory
    }
}
