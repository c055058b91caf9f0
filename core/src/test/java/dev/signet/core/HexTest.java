package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HexTest {
    private static byte[] everyByteValue() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        return all;
    }

    @Test
    void encodesEveryByteValueLikeTheJdk() {
        byte[] all = everyByteValue();
        assertThat(Hex.encode(all)).isEqualTo(HexFormat.of().formatHex(all));
        assertThat(Hex.encode(all, 250, 6)).isEqualTo("fafbfcfdfeff");
        byte[] out = new byte[8];
        assertThat(Hex.encode(all, 0x7e, 3, out, 1)).isEqualTo(6);
        assertThat(new String(out, 1, 6, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("7e7f80");
    }

    @Test
    void decodesEitherCaseAndRefusesMalformedText() {
        byte[] all = everyByteValue();
        assertThat(Hex.decode(Hex.encode(all))).isEqualTo(all);
        assertThat(Hex.decode(Hex.encode(all).toUpperCase(Locale.ROOT))).isEqualTo(all);
        assertThatThrownBy(() -> Hex.decode("abc")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("odd");
        assertThatThrownBy(() -> Hex.decode("0g")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index 1");
    }
}
