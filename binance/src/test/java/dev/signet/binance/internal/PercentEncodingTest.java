package dev.signet.binance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PercentEncodingTest {
    @Test
    void keepsUnreservedAndEncodesEverythingElseInUppercase() {
        assertThat(PercentEncoding.encode("AZaz09-._~")).isEqualTo("AZaz09-._~");
        assertThat(PercentEncoding.encode(" +/=&%?#")).isEqualTo("%20%2B%2F%3D%26%25%3F%23");
        assertThat(PercentEncoding.encode("é")).isEqualTo("%C3%A9");
        assertThat(PercentEncoding.encode("\uD83D\uDE80")).isEqualTo("%F0%9F%9A%80");
        assertThat(PercentEncoding.encode("%41")).isEqualTo("%2541");
    }

    @Test
    void randomStringsRoundTrip() {
        Random random = new Random(1);
        for (int i = 0; i < 2000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(20); j > 0; j--) {
                s.appendCodePoint(random.nextBoolean() ? 32 + random.nextInt(95) : 0xA0 + random.nextInt(0x2FFF));
            }
            String encoded = PercentEncoding.encode(s);
            assertThat(encoded).matches("[A-Za-z0-9\\-._~%]*");
            assertThat(URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(s.toString());
        }
    }
}
