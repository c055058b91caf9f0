package dev.signet.binance.guard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signet.binance.BinanceRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which requests place or change orders (so {@link TradingLimits} applies), and the orders they carry: one per
 * request, or each element of a futures {@code batchOrders} JSON list. Test endpoints ({@code …/order/test}) place
 * nothing and are not counted.
 */
final class OrderEndpoints {
    /** Path endings of spot, margin, futures and SOR order placement, list orders, cancel-replace and amend. */
    private static final List<String> ORDER_PATHS = List.of("/order", "/order/oco", "/order/cancelReplace",
            "/order/amend/keepPriority", "/orderList/oco", "/orderList/oto", "/orderList/otoco", "/orderList/opo",
            "/orderList/opoco", "/sor/order", "/batchOrders");
    private static final Set<String> WRITES = Set.of("POST", "PUT");
    private static final ObjectMapper JSON = new ObjectMapper();

    private OrderEndpoints() {}

    /** Runs for every request a guarded signer signs, so a plain loop: no stream or lambda per call. */
    static boolean placesOrders(BinanceRequest request) {
        if (!WRITES.contains(request.method())) {
            return false;
        }
        for (String ending : ORDER_PATHS) {
            if (request.path().endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** The orders in {@code request}: its parameters (the query's win over the body's, as on the exchange), or the batch. */
    static List<Map<String, String>> orders(BinanceRequest request) {
        Map<String, String> params = new HashMap<>();
        request.queryParams().forEach(p -> params.putIfAbsent(p.getKey(), p.getValue()));
        request.bodyParams().forEach(p -> params.putIfAbsent(p.getKey(), p.getValue()));
        return params.containsKey("batchOrders") ? batch(params.get("batchOrders")) : List.of(params);
    }

    private static List<Map<String, String>> batch(String json) {
        JsonNode list;
        try {
            list = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            list = null;
        }
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new TradingLimitExceededException("batchOrders must be a non-empty JSON array of orders; nothing was signed");
        }
        List<Map<String, String>> orders = new ArrayList<>();
        for (JsonNode element : list) {
            if (!element.isObject()) {
                throw new TradingLimitExceededException("every element of batchOrders must be an order object; nothing was signed");
            }
            Map<String, String> order = new HashMap<>();
            element.properties().forEach(f -> order.put(f.getKey(), f.getValue().asText()));
            orders.add(order);
        }
        return orders;
    }
}
