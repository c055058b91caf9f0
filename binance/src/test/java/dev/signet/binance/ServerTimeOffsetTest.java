package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
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

    @Test
    void adaptersRecordTheTimeEndpointsAnswerAtTheMidpoint() throws IOException {
        ServerTimeOffset offset = ServerTimeOffset.none(Clock.fixed(Instant.ofEpochMilli(1_000L), ZoneOffset.UTC));
        assertThat(offset.record("{\"serverTime\":9050}", 1_000, 1_100)).isEqualTo(8_000);
        assertThat(offset.currentTimeMillis()).isEqualTo(9_000);
        assertThatThrownBy(() -> offset.record("{\"serverTime\":\"soon\"}", 0, 0)).isInstanceOf(IOException.class)
                .hasMessageContaining("no numeric serverTime");
        assertThat(offset.offsetMillis()).isEqualTo(8_000);
    }

    @Test
    void onlyOneRefreshIsGrantedPerInterval() {
        ServerTimeOffset offset = ServerTimeOffset.none(Clock.systemUTC());
        assertThat(offset.claimRefresh()).isTrue();
        assertThat(offset.claimRefresh()).isFalse();
        assertThat(ServerTimeOffset.create(() -> 0L, Clock.systemUTC())).satisfies(o -> {
            o.refresh();
            assertThat(o.claimRefresh()).isFalse();
        });
    }

    @Test
    void theTimeEndpointBelongsToTheRequestsApi() {
        assertThat(ServerTimeOffset.timeEndpoint(URI.create("https://api.binance.com/api/v3/order?x=1")))
                .isEqualTo(URI.create("https://api.binance.com/api/v3/time"));
        assertThat(ServerTimeOffset.timeEndpoint(URI.create("https://api.binance.com/sapi/v1/account")))
                .isEqualTo(URI.create("https://api.binance.com/api/v3/time"));
        assertThat(ServerTimeOffset.timeEndpoint(URI.create("https://fapi.binance.com:443/fapi/v2/account")))
                .isEqualTo(URI.create("https://fapi.binance.com:443/fapi/v1/time"));
        assertThat(ServerTimeOffset.timeEndpoint(URI.create("http://127.0.0.1:9/dapi/v1/order")))
                .isEqualTo(URI.create("http://127.0.0.1:9/dapi/v1/time"));
    }

    @Test
    void aTimestampRejectionIsAn400WithCodeMinus1021() {
        String rejection = "{\"code\":-1021,\"msg\":\"Timestamp for this request is outside of the recvWindow.\"}";
        assertThat(ServerTimeOffset.isTimestampRejection(400, rejection)).isTrue();
        assertThat(ServerTimeOffset.isTimestampRejection(401, rejection)).isFalse();
        assertThat(ServerTimeOffset.isTimestampRejection(400, "{\"code\":-1022,\"msg\":\"-1021\"}")).isFalse();
        assertThat(ServerTimeOffset.isTimestampRejection(400, "<html>-1021</html>")).isFalse();
    }
}
