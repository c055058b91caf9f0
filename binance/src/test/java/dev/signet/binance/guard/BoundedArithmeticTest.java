package dev.signet.binance.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.BinanceRequest;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Absurd quantities and prices are refused at once with a short message, never computed with. */
class BoundedArithmeticTest {
    private static final TradingLimits LIMITS = TradingLimits.builder().maxNotionalPerOrder(new BigDecimal("100"))
            .maxOpenNotionalPerSymbol(new BigDecimal("1000")).referencePrice(symbol -> Optional.of(new BigDecimal("1"))).build();

    @ParameterizedTest
    @CsvSource({
        "1E+10000000, 1",
        "1E+100000000, 1",
        "1, 1E-999999999",
        "0.1, 1E-2147483647",
        "1E-999999999, 1E-999999999",
        "1e5, 1",
        "123456789012345678901, 1",
        "1, 0.000000000000000000001",
        "+1, 1",
        "1.5.5, 1",
        "' 1', 1",
        "1, NaN",
    })
    void anAbsurdOrMalformedDecimalIsRefusedInMicrosecondsWithAShortMessage(String quantity, String price) {
        BinanceRequest order = BinanceRequest.post("/api/v3/order").param("symbol", "BTCUSDT").param("side", "BUY").param("type", "LIMIT")
                .param("quantity", quantity).param("price", price).build();
        assertThatThrownBy(() -> LIMITS.check(order)).isInstanceOf(TradingLimitExceededException.class)
                .hasMessageContaining("plain decimal").satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
        long[] nanos = new long[101];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            try {
                LIMITS.check(order);
            } catch (TradingLimitExceededException expected) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        java.util.Arrays.sort(nanos);
        assertThat(nanos[0]).as("every check refused").isPositive();
        assertThat(nanos[50]).as("median nanoseconds per refusal").isLessThan(1_000_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999999999.99999999999999999999", "0.00000000000000000001"})
    void theLargestAndSmallestDecimalsTheExchangeTakesAreComputedExactly(String value) {
        BinanceRequest order = BinanceRequest.post("/api/v3/order").param("symbol", "BTCUSDT").param("side", "BUY").param("type", "LIMIT")
                .param("quantity", value).param("price", value).build();
        BigDecimal notional = new BigDecimal(value).multiply(new BigDecimal(value));
        if (notional.compareTo(new BigDecimal("100")) > 0) {
            assertThatThrownBy(() -> LIMITS.check(order)).hasMessageContaining("order notional " + notional.toPlainString());
        } else {
            TradingLimits fresh = TradingLimits.builder().maxOpenNotionalPerSymbol(new BigDecimal("1")).build();
            fresh.check(order);
            assertThat(fresh.openNotional("BTCUSDT")).isEqualByComparingTo(notional);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+100000000", "1E-999999999", "0", "-1"})
    void configuredLimitsAndReferencePricesAreBoundedToo(String value) {
        assertThatThrownBy(() -> TradingLimits.builder().maxNotionalPerOrder(new BigDecimal(value)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxNotionalPerOrder");
        TradingLimits absurdReference = TradingLimits.builder().maxNotionalPerOrder(new BigDecimal("100"))
                .referencePrice(symbol -> Optional.of(new BigDecimal(value))).build();
        BinanceRequest market = BinanceRequest.post("/api/v3/order").param("symbol", "BTCUSDT").param("side", "BUY").param("type", "MARKET")
                .param("quantity", "1").build();
        assertThatThrownBy(() -> absurdReference.check(market)).isInstanceOf(TradingLimitExceededException.class)
                .hasMessageContaining("reference price");
        assertThatThrownBy(() -> LIMITS.release("BTCUSDT", new BigDecimal(value))).isInstanceOf(IllegalArgumentException.class);
    }
}
