package dev.signet.binance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SignedSuffixTest {
    @Test
    void aReusedScratchWritesEveryTimestampAsItsFullDecimalDigits() {
        SignedSuffix.Scratch scratch = SignedSuffix.Scratch.reused();
        long[] sequence = {1_499_827_319_559L, 1_499_827_319_559L, 1_499_827_319_560L, 1_499_827_319_999L, 1_499_827_320_000L,
            1_499_827_320_001L, 1_499_827_319_001L, 0, 7, 999, 1000, 1001, 9_999, 10_000, 10_999, 999_999, 1_000_000,
            1_499_827_319_559_123L, 1_499_827_319_559_124L, 1_499_827_319_560_000L, Long.MAX_VALUE, Long.MAX_VALUE - 1, -1, -1001};
        for (long timestamp : sequence) {
            assertTimestamp(scratch, timestamp);
        }
        Random random = new Random(11);
        long now = 1_796_000_000_000L;
        for (int i = 0; i < 100_000; i++) {
            now += random.nextInt(5) == 0 ? random.nextInt(3_000) : random.nextInt(3);
            assertTimestamp(scratch, now);
        }
    }

    private static void assertTimestamp(SignedSuffix.Scratch scratch, long timestamp) {
        SentQuery sent = new SentQuery(4);
        sent.ascii(new byte[] {'t', '='});
        scratch.timestamp(sent, timestamp);
        assertThat(sent.text(0, sent.length())).isEqualTo("t=" + timestamp);
    }
}
