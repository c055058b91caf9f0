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

    @Test
    void onlyAsciiDigitsAndLettersDecode() {
        for (String lookalike : new String[] {"\uff10\uff11", "\u0660\u0661", "\u06f0\u06f1", "\u0966\u0967", "\uff41\uff42", "0\uff21"}) {
            assertThatThrownBy(() -> Hex.decode(lookalike)).as(lookalike).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a hex digit");
        }
        assertThat(Hex.decode("09afAF")).containsExactly(0x09, 0xaf, 0xaf);
        assertThatThrownBy(() -> Hex.decode("0G")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hex.decode("0`")).isInstanceOf(IllegalArgumentException.class);
    }
}
