package dev.signet.binance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentQueryTest {
    @Test
    void digitsMatchLongToStringAtEveryLengthAndAroundEveryPowerOfTen() {
        long power = 1;
        for (int digits = 1; digits <= 19; digits++) {
            for (long v : new long[] {power - 1, power, power + 1, 2 * power - 1, 9 * power + (power - 1)}) {
                if (v >= 0) {
                    assertDigits(v);
                }
            }
            if (digits < 19) {
                power *= 10;
            }
        }
        assertDigits(Long.MAX_VALUE);
        assertDigits(-1_499_827_319_559L);
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            assertDigits(random.nextLong() >>> random.nextInt(64));
        }
    }

    @Test
    void appendsAfterWhatIsAlreadyThereAndGrowsTheBuffer() {
        SentQuery sent = new SentQuery(4);
        sent.name("timestamp");
        sent.digits(1_499_827_319_559L);
        sent.separate(0);
        sent.ascii("recvWindow=5000".getBytes(StandardCharsets.US_ASCII));
        sent.separate(0);
        sent.name("signature");
        sent.unreserved("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71");

        assertThat(sent.text(0, sent.length())).isEqualTo("timestamp=1499827319559&recvWindow=5000"
                + "&signature=c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71");
    }

    private static void assertDigits(long value) {
        SentQuery sent = new SentQuery(1);
        sent.unreserved("t=");
        sent.digits(value);
        assertThat(sent.text(0, sent.length())).isEqualTo("t=" + value);
    }
}
