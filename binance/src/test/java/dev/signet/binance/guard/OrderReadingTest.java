package dev.signet.binance.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.BinanceRequest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With limits configured, every order-placing endpoint is read leg by leg, and what cannot be read is refused. */
class OrderReadingTest {
    private static final Clock NOV_24 = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;

    /** A 100-per-order limit on BTCUSDT only, MARGIN and FUTURES allowed. */
    private static SigningPolicy policy(TradingLimits limits) {
        return SigningPolicy.builder().allow(Scope.MARGIN, Scope.FUTURES).tradingLimits(limits).build();
    }

    private static TradingLimits hundredOnBtc() {
        return TradingLimits.builder().maxNotionalPerOrder(new BigDecimal("100")).allowedSymbols(Set.of("BTCUSDT")).build();
    }

    @Test
    void marginOtoOtocoAndFuturesAlgoOrdersAreLimitedLikeAnyOther() {
        SigningPolicy policy = policy(TradingLimits.builder().maxNotionalPerOrder(new BigDecimal("100")).allowedSymbols(Set.of("BTCUSDT"))
                .referencePrice(symbol -> Optional.of(BigDecimal.ONE)).maxOrdersPerUtcDay(0, dir.resolve("orders.state")).build());
        BinanceRequest oto = BinanceRequest.post("/sapi/v1/margin/order/oto").param("symbol", "DOGEUSDT").param("workingType", "LIMIT")
                .param("workingSide", "BUY").param("workingPrice", "1").param("workingQuantity", "50000000")
                .param("pendingType", "LIMIT").param("pendingSide", "SELL").param("pendingPrice", "2").param("pendingQuantity", "1").build();
        BinanceRequest otoco = BinanceRequest.post("/sapi/v1/margin/order/otoco").param("symbol", "BTCUSDT").param("workingType", "LIMIT")
                .param("workingSide", "BUY").param("workingPrice", "1").param("workingQuantity", "50000000").param("pendingSide", "SELL")
                .param("pendingQuantity", "1").param("pendingAboveType", "LIMIT_MAKER").param("pendingAbovePrice", "2")
                .param("pendingBelowType", "STOP_LOSS").param("pendingBelowStopPrice", "0.5").build();
        BinanceRequest algo = BinanceRequest.post("/fapi/v1/algoOrder").param("algoType", "CONDITIONAL").param("symbol", "BTCUSDT")
                .param("side", "BUY").param("type", "STOP").param("quantity", "50000000").param("price", "1").param("triggerPrice", "1").build();

        assertThatThrownBy(() -> policy.check(oto)).isInstanceOf(TradingLimitExceededException.class).hasMessageContaining("DOGEUSDT")
                .hasMessageContaining("allow-list");
        assertThatThrownBy(() -> policy.check(otoco)).hasMessageContaining("order notional 50000002 on BTCUSDT exceeds the limit 100");
        assertThatThrownBy(() -> policy.check(algo)).hasMessageContaining("order notional 50000000 on BTCUSDT exceeds the limit 100");
        BinanceRequest smallAlgo = BinanceRequest.post("/fapi/v1/algoOrder").param("algoType", "CONDITIONAL").param("symbol", "BTCUSDT")
                .param("side", "BUY").param("type", "STOP").param("quantity", "1").param("price", "1").param("triggerPrice", "1").build();
        assertThatThrownBy(() -> policy.check(smallAlgo)).hasMessageContaining("0 orders per UTC day");
    }

    @Test
    void eachListLegCountsAsAnOrderAndAddsItsNotional() {
        TradingLimits limits = TradingLimits.builder().maxOrdersPerUtcDay(100, dir.resolve("orders.state")).clock(NOV_24)
                .maxOpenNotionalPerSymbol(new BigDecimal("100000")).referencePrice(symbol -> Optional.of(BigDecimal.ONE)).build();
        SigningPolicy policy = policy(limits);
        policy.check(BinanceRequest.post("/api/v3/orderList/oco").param("symbol", "BTCUSDT").param("side", "BUY").param("quantity", "2")
                .param("aboveType", "STOP_LOSS_LIMIT").param("abovePrice", "11").param("aboveStopPrice", "12")
                .param("belowType", "LIMIT_MAKER").param("belowPrice", "9").build());
        assertThat(limits.ordersToday()).isEqualTo(2);
        assertThat(limits.openNotional("BTCUSDT")).isEqualByComparingTo("24"); // one quantity at the highest price: one leg fills
        policy.check(BinanceRequest.post("/api/v3/orderList/opoco").param("symbol", "BTCUSDT").param("workingType", "LIMIT")
                .param("workingSide", "BUY").param("workingPrice", "10").param("workingQuantity", "3").param("pendingSide", "SELL")
                .param("pendingAboveType", "LIMIT_MAKER").param("pendingAbovePrice", "20")
                .param("pendingBelowType", "STOP_LOSS_LIMIT").param("pendingBelowPrice", "5").param("pendingBelowStopPrice", "6").build());
        assertThat(limits.ordersToday()).isEqualTo(5);
        assertThat(limits.openNotional("BTCUSDT")).isEqualByComparingTo("114"); // 24 + 3×10 + 3×20 (OPO: pending ≤ working quantity)
        policy.check(BinanceRequest.post("/api/v3/order/oco").param("symbol", "BTCUSDT").param("side", "SELL").param("quantity", "1")
                .param("price", "30").param("stopPrice", "20").param("stopLimitPrice", "19").build());
        assertThat(limits.ordersToday()).isEqualTo(7);
        assertThat(limits.openNotional("BTCUSDT")).isEqualByComparingTo("144");
    }

    @Test
    void cancelReplaceModifyTwapAndBatchModifyAreReadToo() {
        SigningPolicy policy = policy(hundredOnBtc());
        assertThatThrownBy(() -> policy.check(BinanceRequest.post("/api/v3/order/cancelReplace").param("symbol", "BTCUSDT")
                .param("side", "BUY").param("type", "LIMIT").param("cancelReplaceMode", "STOP_ON_FAILURE").param("cancelOrderId", "7")
                .param("quantity", "2").param("price", "51").build())).hasMessageContaining("order notional 102");
        assertThatThrownBy(() -> policy.check(BinanceRequest.of("PUT", "/fapi/v1/order").param("symbol", "BTCUSDT").param("orderId", "1")
                .param("side", "BUY").param("quantity", "1").param("price", "101").build())).hasMessageContaining("order notional 101");
        assertThatThrownBy(() -> policy.check(BinanceRequest.post("/sapi/v1/algo/futures/newOrderTwap").param("symbol", "BTCUSDT")
                .param("side", "BUY").param("quantity", "2").param("duration", "300").param("limitPrice", "60").build()))
                .hasMessageContaining("order notional 120");
        assertThatThrownBy(() -> policy.check(BinanceRequest.of("PUT", "/dapi/v1/batchOrders").bodyParam("batchOrders",
                "[{\"symbol\":\"ETHUSD_PERP\",\"orderId\":1,\"side\":\"BUY\",\"quantity\":\"1\",\"price\":\"1\"}]").build()))
                .hasMessageContaining("allow-list");
    }

    @Test
    void endpointsThatPlaceNoOrdersPassAndUnreadableOnesAreRefusedWithTheWayToAllowThem() {
        SigningPolicy policy = policy(hundredOnBtc());
        policy.check(BinanceRequest.delete("/api/v3/order").param("symbol", "DOGEUSDT").param("orderId", "1").build());
        policy.check(BinanceRequest.post("/fapi/v1/leverage").param("symbol", "DOGEUSDT").param("leverage", "5").build());
        policy.check(BinanceRequest.post("/fapi/v1/listenKey").build());
        policy.check(BinanceRequest.of("PUT", "/api/v3/order/amend/keepPriority").param("symbol", "BTCUSDT").param("orderId", "1")
                .param("newQty", "0.5").build());

        BinanceRequest liquidation = BinanceRequest.post("/sapi/v1/margin/manual-liquidation").param("type", "MARGIN").build();
        assertThatThrownBy(() -> policy.check(liquidation)).isInstanceOf(TradingLimitExceededException.class)
                .hasMessageContaining("POST '/sapi/v1/margin/manual-liquidation'").hasMessageContaining("cannot read the orders")
                .hasMessageContaining("allowWithoutLimits(\"POST\", \"/sapi/v1/margin/manual-liquidation\")");
        policy(TradingLimits.builder().allowWithoutLimits("POST", "/sapi/v1/margin/manual-liquidation").build()).check(liquidation);
        assertThatThrownBy(() -> TradingLimits.builder().allowWithoutLimits("POST", "/api/v3/order"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reads and limits");
    }

    @Test
    void anUnknownEndpointIsRefusedUnderLimitsEvenWhenUnknownEndpointsAreAllowed() {
        SigningPolicy policy = SigningPolicy.builder().allowUnknownEndpoints().tradingLimits(hundredOnBtc()).build();
        assertThatThrownBy(() -> policy.check(BinanceRequest.post("/sapi/v9/newOrderKind").param("symbol", "DOGEUSDT").build()))
                .isInstanceOf(TradingLimitExceededException.class).hasMessageContaining("/sapi/v9/newOrderKind");
        SigningPolicy.builder().allowUnknownEndpoints().build().check(BinanceRequest.post("/sapi/v9/newOrderKind").build());
    }

    @Test
    void aParameterTheDocsDoNotListOrOneSentTwiceIsRefused() {
        SigningPolicy policy = policy(hundredOnBtc());
        assertThatThrownBy(() -> policy.check(BinanceRequest.post("/api/v3/order").param("symbol", "BTCUSDT").param("side", "BUY")
                .param("quantity", "0.001").param("price", "1").param("QUANTITY", "1000").build()))
                .hasMessageContaining("'QUANTITY'").hasMessageContaining("not one the exchange documents");
        assertThatThrownBy(() -> policy.check(BinanceRequest.post("/api/v3/order").param("symbol", "BTCUSDT").param("side", "BUY")
                .param("quantity", "0.001").param("price", "1").bodyParam("quantity", "1000").build())).hasMessageContaining("sent twice");
        assertThatThrownBy(() -> policy.check(BinanceRequest.post("/fapi/v1/batchOrders").bodyParam("batchOrders",
                "[{\"symbol\":\"BTCUSDT\",\"quantity\":\"1\",\"quantity\":\"1000\",\"price\":\"1\"}]").build())).hasMessageContaining("twice");
    }

    @Test
    void ordersThatMayFillAtTheMarketNeedAReferencePriceAndSellsTakeItWhenHigher() {
        TradingLimits noReference = TradingLimits.builder().maxNotionalPerOrder(new BigDecimal("100")).build();
        for (BinanceRequest floating : new BinanceRequest[] {
            BinanceRequest.post("/api/v3/order").param("symbol", "BTCUSDT").param("side", "BUY").param("type", "LIMIT")
                    .param("quantity", "1").param("pegPriceType", "PRIMARY_PEG").build(),
            BinanceRequest.post("/fapi/v1/order").param("symbol", "BTCUSDT").param("side", "BUY").param("type", "LIMIT")
                    .param("quantity", "1").param("priceMatch", "OPPONENT").build(),
            BinanceRequest.post("/api/v3/order").param("symbol", "BTCUSDT").param("side", "BUY").param("type", "MARKET")
                    .param("quantity", "1").param("price", "1").build()}) {
            assertThatThrownBy(() -> policy(noReference).check(floating)).hasMessageContaining("referencePrice");
        }
        TradingLimits reference = TradingLimits.builder().maxNotionalPerOrder(new BigDecimal("100"))
                .referencePrice(symbol -> Optional.of(new BigDecimal("500"))).build();
        BinanceRequest lowSell = BinanceRequest.post("/api/v3/order").param("symbol", "BTCUSDT").param("side", "SELL").param("type", "LIMIT")
                .param("quantity", "1").param("price", "0.01").build();
        assertThatThrownBy(() -> policy(noReference).check(lowSell)).as("a sell at 0.01 would fill at the market: unknown without a reference")
                .isInstanceOf(TradingLimitExceededException.class).hasMessageContaining("a sell's notional needs");
        assertThatThrownBy(() -> policy(reference).check(lowSell)).hasMessageContaining("order notional 500");
    }

    @Test
    void coinMarginedQuantitiesAreContractsTimesTheirSize() {
        BinanceRequest order = BinanceRequest.post("/dapi/v1/order").param("symbol", "BTCUSD_PERP").param("side", "BUY").param("type", "LIMIT")
                .param("quantity", "2").param("price", "60000").build();
        TradingLimits noSize = TradingLimits.builder().maxNotionalPerOrder(new BigDecimal("300")).build();
        assertThatThrownBy(() -> policy(noSize).check(order)).hasMessageContaining("contractSize");
        TradingLimits sized = TradingLimits.builder().maxNotionalPerOrder(new BigDecimal("300"))
                .contractSize(symbol -> Optional.of(new BigDecimal("100"))).build();
        policy(sized).check(order);
        TradingLimits smaller = TradingLimits.builder().maxNotionalPerOrder(new BigDecimal("199"))
                .contractSize(symbol -> Optional.of(new BigDecimal("100"))).build();
        assertThatThrownBy(() -> policy(smaller).check(order)).hasMessageContaining("order notional 200");
    }

    @Test
    void testOrdersAreCheckedLikeRealOnesButNotCounted() {
        TradingLimits limits = TradingLimits.builder().maxNotionalPerOrder(new BigDecimal("100")).allowedSymbols(Set.of("BTCUSDT"))
                .maxOrdersPerUtcDay(1, dir.resolve("orders.state")).clock(NOV_24).build();
        assertThatThrownBy(() -> policy(limits).check(BinanceRequest.post("/api/v3/order/test").param("symbol", "DOGEUSDT")
                .param("side", "BUY").param("quantity", "1").param("price", "1").build())).hasMessageContaining("allow-list");
        policy(limits).check(BinanceRequest.post("/api/v3/sor/order/test").param("symbol", "BTCUSDT").param("side", "BUY")
                .param("quantity", "1").param("price", "1").param("computeCommissionRates", "true").build());
        assertThat(limits.ordersToday()).isZero();
    }

    @Test
    void anUpperCaseOrderPathIsReadAsTheOrderItIs() {
        assertThatThrownBy(() -> policy(hundredOnBtc()).check(BinanceRequest.post("/API/V3/ORDER").param("symbol", "BTCUSDT")
                .param("side", "BUY").param("quantity", "1000").param("price", "1").build())).hasMessageContaining("order notional 1000");
    }

    @Test
    void symbolsAreLettersDigitsAndUnderscore() {
        assertThatThrownBy(() -> policy(hundredOnBtc()).check(BinanceRequest.post("/api/v3/order").param("symbol", "BTC\nUSDT")
                .param("side", "BUY").param("quantity", "1").param("price", "1").build()))
                .hasMessageContaining("'BTC\\u000aUSDT'").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> policy(hundredOnBtc()).check(BinanceRequest.post("/api/v3/order").param("side", "BUY")
                .param("quantity", "1").param("price", "1").build())).hasMessageContaining("needs a symbol");
    }
}
