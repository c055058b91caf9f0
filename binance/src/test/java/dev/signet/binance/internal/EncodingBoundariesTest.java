package dev.signet.binance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The exact edges of the encoding rules: printable ASCII is the range a raw parameter may use, a percent escape
 * needs two digits, '=' at the start of a pair is an empty name, and U+0080 is the first character sent as two
 * UTF-8 bytes.
 */
class EncodingBoundariesTest {
    @Test
    void rawParametersArePrintableAsciiFromSpaceToTilde() {
        assertThat(FormEncoding.component(" ~")).isEqualTo(" ~");
        for (String refused : new String[] {"\u001f", "\u007f", "\u0080"}) {
            assertThatThrownBy(() -> FormEncoding.component(refused)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("control character");
        }
    }

    @Test
    void aPercentEscapeNeedsTwoHexDigits() {
        assertThat(FormEncoding.component("%41")).isEqualTo("A");
        assertThat(FormEncoding.component("x%41")).isEqualTo("xA");
        for (String refused : new String[] {"%", "%4", "x%4", "%4G"}) {
            assertThatThrownBy(() -> FormEncoding.component(refused)).as(refused)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed percent escape");
        }
    }

    @Test
    void aPairSplitsAtItsFirstEquals() {
        assertThat(FormEncoding.decode("=v&k&a=b=c")).containsExactly(Map.entry("", "v"), Map.entry("k", ""), Map.entry("a", "b=c"));
        assertThat(FormEncoding.decode("")).isEqualTo(List.of());
    }

    @Test
    void u0080IsTheFirstCharacterSentAsTwoBytes() {
        for (String[] pair : new String[][] {{"\u007f", "%7F"}, {"\u0080", "%C2%80"}, {"~", "~"}}) {
            SentQuery q = new SentQuery(1);
            q.encoded(pair[0]);
            assertThat(q.text(0, q.length())).as(pair[1]).isEqualTo(pair[1]);
        }
        assertThat(SentQuery.isUnreserved('~')).isTrue();
        assertThat(SentQuery.isUnreserved((char) 0x7f)).isFalse();
        assertThat(SentQuery.isUnreserved((char) 0x80)).isFalse();
    }
}
