package dev.signet.binance.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The state file's exact limits: an open notional of exactly 41 digits before or after the point is read, one more
 * is refused, and every refusal names the line (counted from 1) that broke the rule.
 */
class StateFileEdgesTest {
    private static final String HEAD = "version=1\nday=2026-11-24\ncount=2\n";
    private static final int MAX_DIGITS = 2 * Decimals.DIGITS + 1;

    private static LimitState parse(String text) {
        return StateFile.parse(text.getBytes(StandardCharsets.US_ASCII), "orders.state");
    }

    @Test
    void notionalsOfExactlyTheMaximumDigitsAreRead() {
        String whole = "9".repeat(MAX_DIGITS);
        String fraction = "0." + "0".repeat(MAX_DIGITS - 1) + "1";
        LimitState state = parse(HEAD + "open.BTCUSDT=" + whole + "\nopen.ETHUSDT=" + fraction + "\n");
        assertThat(state.count()).isEqualTo(2);
        assertThat(state.open()).containsEntry("BTCUSDT", new BigDecimal(whole)).containsEntry("ETHUSDT", new BigDecimal(fraction));
    }

    @Test
    void oneDigitMoreIsRefusedNamingTheLine() {
        for (String notional : new String[] {"9".repeat(MAX_DIGITS + 1), "0." + "0".repeat(MAX_DIGITS) + "1", "1."}) {
            assertThatThrownBy(() -> parse(HEAD + "open.BTCUSDT=1\nopen.ETHUSDT=" + notional + "\n")).as(notional)
                    .isInstanceOf(LimitStoreException.class).hasMessageContaining("line 5 has an open notional that is not a plain decimal");
        }
    }

    @Test
    void everyRefusedOpenLineIsNamedByItsNumber() {
        assertThatThrownBy(() -> parse(HEAD + "open.BTCUSDT=1\nopen.=1\n")).hasMessageContaining("line 5 is not open.SYMBOL=NOTIONAL");
        assertThatThrownBy(() -> parse(HEAD + "open.BTCUSDT=0\n")).hasMessageContaining("line 4 has an open notional of zero");
        assertThatThrownBy(() -> parse(HEAD + "open.BTCUSDT=1\nopen.BTCUSDT=2\n"))
                .hasMessageContaining("line 5 repeats a symbol or breaks symbol order");
        assertThatThrownBy(() -> parse(HEAD + "open.ETHUSDT=1\nopen.BTCUSDT=2\n"))
                .hasMessageContaining("line 5 repeats a symbol or breaks symbol order");
    }
}
