package dev.signet.binance;

import java.util.Map;
import java.util.TreeMap;

/**
 * WebSocket API methods seen as the REST requests they mirror, so the {@link RequestGuard} that protects REST
 * (scopes, trading limits) sees WebSocket orders too. Methods not listed map to a path no rule knows: scope
 * {@link Scope#UNKNOWN}, refused by default policies.
 */
final class WebSocketMethods {
    private static final String ORDER = "/api/v3/order";
    private static final String ORDER_LIST = "/api/v3/orderList";
    private static final Map<String, String[]> WRITES = Map.ofEntries(
            Map.entry("order.place", new String[] {"POST", ORDER}),
            Map.entry("order.test", new String[] {"POST", ORDER + "/test"}),
            Map.entry("order.cancelReplace", new String[] {"POST", ORDER + "/cancelReplace"}),
            Map.entry("order.amend.keepPriority", new String[] {"PUT", ORDER + "/amend/keepPriority"}),
            Map.entry("order.cancel", new String[] {"DELETE", ORDER}),
            Map.entry("openOrders.cancelAll", new String[] {"DELETE", "/api/v3/openOrders"}),
            Map.entry("orderList.place", new String[] {"POST", ORDER + "/oco"}),
            Map.entry("orderList.place.oco", new String[] {"POST", ORDER_LIST + "/oco"}),
            Map.entry("orderList.place.oto", new String[] {"POST", ORDER_LIST + "/oto"}),
            Map.entry("orderList.place.otoco", new String[] {"POST", ORDER_LIST + "/otoco"}),
            Map.entry("orderList.place.opo", new String[] {"POST", ORDER_LIST + "/opo"}),
            Map.entry("orderList.place.opoco", new String[] {"POST", ORDER_LIST + "/opoco"}),
            Map.entry("orderList.cancel", new String[] {"DELETE", ORDER_LIST}),
            Map.entry("sor.order.place", new String[] {"POST", "/api/v3/sor/order"}),
            Map.entry("sor.order.test", new String[] {"POST", "/api/v3/sor/order/test"}));
    /** Method-name prefixes that only read (account and order queries, sessions, user data streams). */
    private static final String[] READ_PREFIXES = {"account.", "order.status", "order.amendments", "openOrders.status",
        "allOrders", "allOrderLists", "orderList.status", "openOrderLists.status", "myTrades", "myPreventedMatches",
        "myAllocations", "session.", "userDataStream."};

    private WebSocketMethods() {}

    /** The REST request {@code method} with {@code params} mirrors; the signer's own parameters are left out. */
    static BinanceRequest asRestRequest(String method, Map<String, String> params) {
        String[] rest = WRITES.get(method);
        if (rest == null) {
            rest = isRead(method) ? new String[] {"GET", "/api/v3/account"} : new String[] {"POST", "/ws-api/v3/" + method};
        }
        BinanceRequest.Builder request = BinanceRequest.of(rest[0], rest[1]);
        new TreeMap<>(params).forEach((name, value) -> {
            if (!name.equals("recvWindow") && !name.equals("timestamp") && !name.equals("apiKey")) {
                request.param(name, value);
            }
        });
        return request.build();
    }

    private static boolean isRead(String method) {
        for (String prefix : READ_PREFIXES) {
            if (method.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
