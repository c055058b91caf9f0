package dev.signet.binance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormEncodingTest {
    @Test
    void decodesPairsInOrderWithPlusAsSpaceAndUtf8Escapes() {
        assertThat(FormEncoding.decode("symbol=BTCUSDT&note=a+b%2Bc&x&name=%C3%A9%e2%82%AC"))
                .containsExactly(Map.entry("symbol", "BTCUSDT"), Map.entry("note", "a b+c"), Map.entry("x", ""), Map.entry("name", "é€"));
    }

    @Test
    void refusesWhatCouldNotBeSentBackUnchanged() {
        for (String raw : List.of("note=%FF", "note=%C3", "note=%ED%A0%80", "n=%\u0663\u0664", "n=%4", "n=%G1", "n=é", "n=\t")) {
            assertThatThrownBy(() -> FormEncoding.decode(raw)).as(raw).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
