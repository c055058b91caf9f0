package dev.signet.binance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The difference between the exchange's clock and ours, estimated from the server-time endpoint at the midpoint of
 * the round trip, so timestamps land inside {@code recvWindow} even when the local clock drifts. HTTP adapters
 * correct it when the exchange answers -1021: one request to the time endpoint, at most once per
 * {@link #MIN_REFRESH_INTERVAL}. Thread-safe.
 *
 * <pre>{@code ServerTimeOffset offset = ServerTimeOffset.create(() -> fetchServerTimeMillis(), Clock.systemUTC());
 * offset.refresh();}</pre>
 */
public final class ServerTimeOffset {
    /** The exchange's error code for a timestamp outside recvWindow. */
    public static final int TIMESTAMP_OUTSIDE_RECV_WINDOW = -1021;
    /** Refreshes are at most this frequent, so a burst of -1021 answers asks the time endpoint once. */
    public static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(ServerTimeOffset.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long NEVER = Long.MIN_VALUE;

    private final LongSupplier serverTimeMillis;
    private final Clock clock;
    private final AtomicLong lastRefreshNanos = new AtomicLong(NEVER);
    private volatile long offsetMillis;

    private ServerTimeOffset(LongSupplier serverTimeMillis, Clock clock) {
        this.serverTimeMillis = serverTimeMillis;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** An offset refreshed from {@code serverTimeMillis} (e.g. a call to {@code GET /api/v3/time}); starts at 0. */
    public static ServerTimeOffset create(LongSupplier serverTimeMillis, Clock clock) {
        return new ServerTimeOffset(Objects.requireNonNull(serverTimeMillis, "serverTimeMillis"), clock);
    }

    /**
     * No time source of its own: starts at 0 and {@link #refresh()} does nothing, but an HTTP adapter that sees
     * -1021 still measures the server time through its own client and {@linkplain #record records} it.
     */
    public static ServerTimeOffset none(Clock clock) {
        return new ServerTimeOffset(null, clock);
    }

    /** Asks the server for its time and stores {@code server − midpoint(local before, local after)}. */
    public long refresh() {
        if (serverTimeMillis == null) {
            return offsetMillis;
        }
        lastRefreshNanos.set(System.nanoTime());
        long before = clock.millis();
        long server = serverTimeMillis.getAsLong();
        return record(server, before, clock.millis());
    }

    /**
     * Refreshes when {@code errorCode} is the exchange's -1021 (timestamp outside recvWindow); the caller then
     * re-signs and retries once.
     *
     * @return whether it refreshed
     */
    public boolean refreshOnClockError(int errorCode) {
        if (errorCode != TIMESTAMP_OUTSIDE_RECV_WINDOW) {
            return false;
        }
        refresh();
        return true;
    }

    /**
     * For adapters: whether a measurement may start now. At most one per {@link #MIN_REFRESH_INTERVAL} is granted;
     * a caller that gets {@code false} uses the offset a recent measurement left.
     */
    public boolean claimRefresh() {
        long now = System.nanoTime();
        long last = lastRefreshNanos.get();
        if (last != NEVER && now - last < MIN_REFRESH_INTERVAL.toNanos()) {
            return false;
        }
        return lastRefreshNanos.compareAndSet(last, now);
    }

    /**
     * Stores a measurement: the server's time, read between two readings of {@link #localMillis()}.
     *
     * @return the new offset
     */
    public long record(long serverMillis, long localBeforeMillis, long localAfterMillis) {
        offsetMillis = serverMillis - (localBeforeMillis + (localAfterMillis - localBeforeMillis) / 2);
        LOG.debug("server time offset {} ms (round trip {} ms)", offsetMillis, localAfterMillis - localBeforeMillis);
        return offsetMillis;
    }

    /**
     * Stores the time endpoint's answer, {@code {"serverTime":1499827319559}}, read between two readings of
     * {@link #localMillis()}.
     *
     * @return the new offset
     * @throws IOException if the answer carries no server time
     */
    public long record(String timeEndpointAnswer, long localBeforeMillis, long localAfterMillis) throws IOException {
        JsonNode serverTime = JSON.readTree(timeEndpointAnswer).path("serverTime");
        if (!serverTime.canConvertToLong() || !serverTime.isIntegralNumber()) {
            throw new IOException("the time endpoint's answer has no numeric serverTime");
        }
        return record(serverTime.asLong(), localBeforeMillis, localAfterMillis);
    }

    /**
     * The exchange's time endpoint on the API {@code exchangeUri} belongs to: {@code /fapi/v1/time},
     * {@code /dapi/v1/time}, {@code /eapi/v1/time}, else {@code /api/v3/time}, on the same origin.
     */
    public static URI timeEndpoint(URI exchangeUri) {
        String path = exchangeUri.getRawPath() == null ? "" : exchangeUri.getRawPath();
        String api = path.startsWith("/fapi/") ? "/fapi/v1" : path.startsWith("/dapi/") ? "/dapi/v1"
                : path.startsWith("/eapi/") ? "/eapi/v1" : "/api/v3";
        return URI.create(exchangeUri.getScheme() + "://" + exchangeUri.getRawAuthority() + api + "/time");
    }

    /** Whether an exchange answer is error -1021 (HTTP 400, {@code {"code":-1021,…}}). */
    public static boolean isTimestampRejection(int httpStatus, String body) {
        if (httpStatus != 400 || body == null || !body.contains(Integer.toString(TIMESTAMP_OUTSIDE_RECV_WINDOW))) {
            return false;
        }
        try {
            JsonNode code = JSON.readTree(body).path("code");
            return code.isIntegralNumber() && code.asInt() == TIMESTAMP_OUTSIDE_RECV_WINDOW;
        } catch (IOException notJson) {
            return false;
        }
    }

    /** The local clock this offset corrects, in epoch milliseconds: read it around a time-endpoint request. */
    public long localMillis() {
        return clock.millis();
    }

    /** The current offset in milliseconds (server minus local). */
    public long offsetMillis() {
        return offsetMillis;
    }

    /** The estimated server time in epoch milliseconds. */
    public long currentTimeMillis() {
        return clock.millis() + offsetMillis;
    }

    /** The estimated server time in epoch microseconds. */
    public long currentTimeMicros() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000 + offsetMillis * 1_000L;
    }
}
