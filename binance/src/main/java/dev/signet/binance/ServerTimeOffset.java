package dev.signet.binance;

import java.time.Clock;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The difference between the exchange's clock and ours, estimated from the server-time endpoint at the midpoint of
 * the round trip, so timestamps land inside {@code recvWindow} even when the local clock drifts. Thread-safe.
 *
 * <pre>{@code ServerTimeOffset offset = ServerTimeOffset.create(() -> fetchServerTimeMillis(), Clock.systemUTC());
 * offset.refresh();}</pre>
 */
public final class ServerTimeOffset {
    /** The exchange's error code for a timestamp outside recvWindow. */
    public static final int TIMESTAMP_OUTSIDE_RECV_WINDOW = -1021;
    private static final Logger LOG = LoggerFactory.getLogger(ServerTimeOffset.class);

    private final LongSupplier serverTimeMillis;
    private final Clock clock;
    private volatile long offsetMillis;

    private ServerTimeOffset(LongSupplier serverTimeMillis, Clock clock, long offsetMillis) {
        this.serverTimeMillis = serverTimeMillis;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.offsetMillis = offsetMillis;
    }

    /** An offset refreshed from {@code serverTimeMillis} (e.g. a call to {@code GET /api/v3/time}); starts at 0. */
    public static ServerTimeOffset create(LongSupplier serverTimeMillis, Clock clock) {
        return new ServerTimeOffset(Objects.requireNonNull(serverTimeMillis, "serverTimeMillis"), clock, 0);
    }

    /** No server: the local clock as is (offset 0, {@link #refresh()} does nothing). */
    public static ServerTimeOffset none(Clock clock) {
        return new ServerTimeOffset(null, clock, 0);
    }

    /** Asks the server for its time and stores {@code server − midpoint(local before, local after)}. */
    public long refresh() {
        if (serverTimeMillis == null) {
            return offsetMillis;
        }
        long before = clock.millis();
        long server = serverTimeMillis.getAsLong();
        long after = clock.millis();
        offsetMillis = server - (before + (after - before) / 2);
        LOG.debug("server time offset {} ms (round trip {} ms)", offsetMillis, after - before);
        return offsetMillis;
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
        java.time.Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000 + offsetMillis * 1_000L;
    }
}
