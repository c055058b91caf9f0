package dev.signet.testkit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.signet.binance.BinanceRequest;
import dev.signet.binance.guard.PermissionDeniedException;
import dev.signet.binance.guard.Scope;
import dev.signet.binance.guard.SigningPolicy;
import dev.signet.binance.guard.TradingLimitExceededException;
import dev.signet.binance.guard.TradingLimits;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The limits check on every order-placing endpoint: whatever the parameters (absurd exponents, huge scales, JSON
 * batches, unknown or repeated names), it either refuses with one of its two exceptions and a short message, quickly,
 * or accepts an order whose every quantity and price is a plain decimal the exchange would read the same way.
 */
class TradingLimitsFuzzTest {
    private static final List<String> ORDER_ENDPOINTS = List.of("POST /api/v3/order", "POST /api/v3/order/test",
            "POST /api/v3/order/cancelReplace", "POST /api/v3/order/oco", "POST /api/v3/orderList/oco", "POST /api/v3/orderList/oto",
            "POST /api/v3/orderList/otoco", "POST /api/v3/orderList/opo", "POST /api/v3/orderList/opoco", "POST /api/v3/sor/order",
            "POST /sapi/v1/margin/order", "POST /sapi/v1/margin/order/oco", "POST /sapi/v1/margin/order/oto",
            "POST /sapi/v1/margin/order/otoco", "POST /fapi/v1/order", "PUT /fapi/v1/order", "POST /fapi/v1/batchOrders",
            "PUT /fapi/v1/batchOrders", "POST /fapi/v1/algoOrder", "POST /dapi/v1/order", "POST /dapi/v1/batchOrders",
            "POST /sapi/v1/algo/spot/newOrderTwap", "POST /sapi/v1/algo/futures/newOrderVp");
    private static final String[] NAMES = {"symbol", "side", "type", "quantity", "quoteOrderQty", "price", "stopPrice", "trailingDelta",
        "pegPriceType", "priceMatch", "closePosition", "workingQuantity", "workingPrice", "workingSide", "pendingQuantity", "pendingPrice",
        "pendingAbovePrice", "pendingBelowStopPrice", "abovePrice", "belowPrice", "stopLimitPrice", "triggerPrice", "limitPrice",
        "batchOrders", "orderId"};
    private static final SigningPolicy POLICY = SigningPolicy.builder().allow(Scope.MARGIN, Scope.FUTURES)
            .tradingLimits(TradingLimits.builder().maxNotionalPerOrder(new BigDecimal("1000")).maxOpenNotionalPerSymbol(new BigDecimal("5000"))
                    .allowedSymbols(Set.of("BTCUSDT", "BTCUSD_PERP")).referencePrice(symbol -> Optional.of(new BigDecimal("100")))
                    .contractSize(symbol -> Optional.of(BigDecimal.TEN)).build()).build();
    /** The exchange's own pattern for decimals, written independently of the limits check. */
    private static final Pattern PLAIN = Pattern.compile("[0-9]{1,20}(\\.[0-9]{1,20})?");
    /**
     * A stall, not a speed test: far above a warm check (microseconds; BoundedArithmeticTest holds that) and a GC pause
     * of a fuzzing JVM, far below the 20 s that quantity 1E+10000000 once took.
     */
    private static final long MAX_NANOS = 5_000_000_000L;

    static {
        // load and instrument every class the check uses before anything is timed
        for (String endpoint : ORDER_ENDPOINTS) {
            String[] parts = endpoint.split(" ");
            try {
                POLICY.check(BinanceRequest.of(parts[0], parts[1]).param("symbol", "BTCUSDT").param("quantity", "1").param("price", "1")
                        .param("batchOrders", "[{\"symbol\":\"BTCUSDT\",\"quantity\":\"1\",\"price\":\"1\"}]").build());
            } catch (TradingLimitExceededException | PermissionDeniedException refused) {
                // expected for most: the warm-up only loads classes
            }
        }
    }

    @FuzzTest(maxDuration = "60s")
    void limitsRefuseCleanlyOrSignOnlyPlainBoundedOrders(FuzzedDataProvider data) {
        String[] endpoint = ORDER_ENDPOINTS.get(data.consumeInt(0, ORDER_ENDPOINTS.size() - 1)).split(" ");
        BinanceRequest.Builder builder = BinanceRequest.of(endpoint[0], endpoint[1]);
        for (int n = data.consumeInt(0, 10); n > 0; n--) {
            String name = data.consumeBoolean() ? data.pickValue(NAMES) : data.consumeString(16);
            String value = data.consumeString(256);
            if (data.consumeBoolean()) {
                builder.param(name, value);
            } else {
                builder.bodyParam(name, value);
            }
        }
        BinanceRequest request;
        try {
            request = builder.build();
        } catch (IllegalArgumentException refusedName) {
            return;
        }
        long start = System.nanoTime();
        try {
            POLICY.check(request);
            for (List<Map.Entry<String, String>> part : List.of(request.queryParams(), request.bodyParams())) {
                for (Map.Entry<String, String> p : part) {
                    String name = p.getKey();
                    if ((name.endsWith("rice") || name.endsWith("uantity") || name.endsWith("Qty")) && !PLAIN.matcher(p.getValue()).matches()) {
                        throw new AssertionError("accepted " + name + " that is not a plain decimal");
                    }
                }
            }
        } catch (TradingLimitExceededException | PermissionDeniedException refused) {
            if (refused.getCause() != null || refused.getMessage().length() > 1_000) {
                throw new AssertionError("refusal chains a cause or has a " + refused.getMessage().length() + "-character message");
            }
        }
        long elapsed = System.nanoTime() - start;
        if (elapsed > MAX_NANOS) {
            throw new AssertionError("limits check took " + elapsed / 1_000_000 + " ms");
        }
    }
}
