package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ServerTimeOffsetTest {
    /** A clock that advances 100 ms each time it is read. */
    private static final class SteppingClock extends Clock {
        final AtomicLong millis = new AtomicLong(1_000_000);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.getAndAdd(100));
        }
    }

    @Test
    void offsetIsMeasuredAtTheMidpointOfTheRoundTrip() {
        SteppingClock clock = new SteppingClock();
        // local reads: 1_000_000 before, 1_000_100 after -> midpoint 1_000_050; server says 1_002_050
        ServerTimeOffset offset = ServerTimeOffset.create(() -> 1_002_050L, clock);
        assertThat(offset.refresh()).isEqualTo(2000);
        assertThat(offset.currentTimeMillis()).isEqualTo(1_000_200 + 2000);
    }

    @Test
    void refreshesOnlyOnTheClockErrorCode() {
        AtomicLong calls = new AtomicLong();
        ServerTimeOffset offset = ServerTimeOffset.create(() -> {
            calls.incrementAndGet();
            return 5_000L;
        }, Clock.fixed(Instant.ofEpochMilli(1_000L), ZoneOffset.UTC));
        assertThat(offset.refreshOnClockError(-1022)).isFalse();
        assertThat(calls).hasValue(0);
        assertThat(offset.refreshOnClockError(-1021)).isTrue();
        assertThat(offset.offsetMillis()).isEqualTo(4_000L);
        assertThat(calls).hasValue(1);
    }
}
