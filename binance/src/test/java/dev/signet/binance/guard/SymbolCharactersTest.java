package dev.signet.binance.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A symbol is 1 to 32 ASCII letters, digits and '_', and the limits keep it in upper case: each range is checked at
 * both ends and at the character just outside it.
 */
class SymbolCharactersTest {
    @Test
    void lettersDigitsAndUnderscoreAtEveryRangeEndAreASymbol() {
        for (String symbol : new String[] {"A", "Z", "a", "z", "0", "9", "_", "BTCUSDT", "X".repeat(32)}) {
            assertThat(OrderReader.isSymbol(symbol)).as(symbol).isTrue();
        }
    }

    @Test
    void theCharacterJustOutsideEachRangeAndTheLengthsOutsideOneTo32AreNot() {
        for (String symbol : new String[] {"", "@", "[", "`", "{", "/", ":", "-", "BTC USDT", "X".repeat(33)}) {
            assertThat(OrderReader.isSymbol(symbol)).as(symbol).isFalse();
        }
    }

    @Test
    void upperCaseMeansNoLetterFromAToZInLowerCase() {
        for (String upper : new String[] {"BTCUSDT", "`", "{", "_1"}) {
            assertThat(OrderReader.isUpperCase(upper)).as(upper).isTrue();
        }
        for (String lower : new String[] {"a", "z", "BTCusdt"}) {
            assertThat(OrderReader.isUpperCase(lower)).as(lower).isFalse();
        }
    }
}
