package dev.signet.binance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertDigits(Long.MIN_VALUE);
        assertDigits(-1);
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

    @Test
    void decimalsMatchBigDecimalPlainStrings() {
        Random random = new Random(11);
        long[] edges = {0, 1, -1, 9, 10, -10, 12345, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1};
        for (int scale = 0; scale <= 30; scale++) {
            for (long unscaled : edges) {
                assertDecimal(unscaled, scale);
            }
        }
        for (int i = 0; i < 10_000; i++) {
            assertDecimal(random.nextLong() >> random.nextInt(64), random.nextInt(31));
        }
    }

    private static void assertDecimal(long unscaled, int scale) {
        SentQuery q = new SentQuery(1);
        q.ascii("p=".getBytes(StandardCharsets.US_ASCII));
        q.decimal(unscaled, scale);
        assertThat(q.text(0, q.length())).isEqualTo("p=" + java.math.BigDecimal.valueOf(unscaled, scale).toPlainString());
    }

    /** An independent encoder: the JDK's UTF-8 bytes, each escaped unless unreserved. */
    private static String jdkEncoded(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean unreserved = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0;
            out.append(unreserved ? String.valueOf(c) : String.format("%%%02X", (int) c));
        }
        return out.toString();
    }

    @Test
    void encodesEveryCodePointAsTheJdksUtf8EncoderDoes() {
        Random random = new Random(3);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder value = new StringBuilder();
            for (int j = random.nextInt(30); j > 0; j--) {
                int kind = random.nextInt(5);
                int cp = kind == 0 ? random.nextInt(0x10000) : kind == 1 ? 0x10000 + random.nextInt(0x100000) : random.nextInt(0x80);
                value.appendCodePoint(Character.isSurrogate((char) cp) && cp < 0x10000 ? 'x' : cp);
            }
            SentQuery q = new SentQuery(1);
            q.encoded(value);
            assertThat(q.text(0, q.length())).as("encoding of %s", value.chars().boxed().toList()).isEqualTo(jdkEncoded(value.toString()));
        }
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += 7) {
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                continue;
            }
            String value = new String(Character.toChars(cp));
            SentQuery q = new SentQuery(1);
            q.encoded(value);
            assertThat(q.text(0, q.length())).isEqualTo(jdkEncoded(value));
        }
    }

    @Test
    void refusesALoneSurrogateInsteadOfSendingAQuestionMark() {
        for (String malformed : new String[] {"a\uD800", "\uDC00b", "\uD800\uD800\uDC00", "\uDC00\uD800", "x\uDBFF"}) {
            assertThatThrownBy(() -> new SentQuery(1).encoded(malformed)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("lone UTF-16 surrogate");
        }
        SentQuery pair = new SentQuery(1);
        pair.encoded("\uD83D\uDE00");
        assertThat(pair.text(0, pair.length())).isEqualTo("%F0%9F%98%80");
    }
}
