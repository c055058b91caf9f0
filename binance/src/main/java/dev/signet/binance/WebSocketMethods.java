package dev.signet.binance;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * WebSocket API methods seen as the REST requests they mirror on their API, so the guard that protects REST (scopes,
 * trading limits) sees WebSocket requests too. From the spot {@code web-socket-api.md} and the futures WebSocket API
 * method lists (revisions in docs/decisions.md). Methods not listed map to a path no rule knows: scope
 * {@link dev.signet.binance.guard.Scope#UNKNOWN}, refused by default policies.
 */
final class WebSocketMethods {
    /** Sent without a signature or timestamp even on a logged-in session: session and user-stream bookkeeping. */
    private static final Mirror SESSION = new Mirror("GET", "/api/v3/account", false);
    private static final Map<String, Mirror> SPOT = Map.ofEntries(
            write("order.place", "POST", "/api/v3/order"), write("order.test", "POST", "/api/v3/order/test"),
            write("order.cancel", "DELETE", "/api/v3/order"), write("order.cancelReplace", "POST", "/api/v3/order/cancelReplace"),
            write("order.amend.keepPriority", "PUT", "/api/v3/order/amend/keepPriority"),
            write("openOrders.cancelAll", "DELETE", "/api/v3/openOrders"), write("orderList.place", "POST", "/api/v3/order/oco"),
            write("orderList.place.oco", "POST", "/api/v3/orderList/oco"), write("orderList.place.oto", "POST", "/api/v3/orderList/oto"),
            write("orderList.place.otoco", "POST", "/api/v3/orderList/otoco"),
            write("orderList.place.opo", "POST", "/api/v3/orderList/opo"),
            write("orderList.place.opoco", "POST", "/api/v3/orderList/opoco"), write("orderList.cancel", "DELETE", "/api/v3/orderList"),
            write("sor.order.place", "POST", "/api/v3/sor/order"), write("sor.order.test", "POST", "/api/v3/sor/order/test"),
            read("account.status", "/api/v3/account"), read("account.commission", "/api/v3/account/commission"),
            read("account.rateLimits.orders", "/api/v3/rateLimit/order"), read("order.status", "/api/v3/order"),
            read("order.amendments", "/api/v3/order/amendments"), read("openOrders.status", "/api/v3/openOrders"),
            read("allOrders", "/api/v3/allOrders"), read("orderList.status", "/api/v3/orderList"),
            read("openOrderLists.status", "/api/v3/openOrderList"), read("allOrderLists", "/api/v3/allOrderList"),
            read("myTrades", "/api/v3/myTrades"), read("myPreventedMatches", "/api/v3/myPreventedMatches"),
            read("myAllocations", "/api/v3/myAllocations"), read("myFilters", "/api/v3/myFilters"),
            read("userDataStream.subscribe.signature", "/api/v3/account"),
            session("session.status"), session("session.logout"), session("session.subscriptions"),
            session("userDataStream.subscribe"), session("userDataStream.unsubscribe"));
    private static final Map<String, Mirror> USDM_FUTURES = Map.ofEntries(
            write("order.place", "POST", "/fapi/v1/order"), write("order.modify", "PUT", "/fapi/v1/order"),
            write("order.cancel", "DELETE", "/fapi/v1/order"), write("algoOrder.place", "POST", "/fapi/v1/algoOrder"),
            write("algoOrder.cancel", "DELETE", "/fapi/v1/algoOrder"), read("order.status", "/fapi/v1/order"),
            read("account.balance", "/fapi/v3/balance"), read("v2/account.balance", "/fapi/v2/balance"),
            read("account.position", "/fapi/v3/positionRisk"), read("v2/account.position", "/fapi/v2/positionRisk"),
            read("account.status", "/fapi/v3/account"), read("v2/account.status", "/fapi/v2/account"),
            stream("userDataStream.start", "POST", "/fapi/v1/listenKey"), stream("userDataStream.ping", "PUT", "/fapi/v1/listenKey"),
            stream("userDataStream.stop", "DELETE", "/fapi/v1/listenKey"),
            session("session.status"), session("session.logout"));
    private static final Map<String, Mirror> COINM_FUTURES = Map.ofEntries(
            write("order.place", "POST", "/dapi/v1/order"), write("order.modify", "PUT", "/dapi/v1/order"),
            write("order.cancel", "DELETE", "/dapi/v1/order"), read("order.status", "/dapi/v1/order"),
            read("account.balance", "/dapi/v1/balance"), read("account.position", "/dapi/v1/positionRisk"),
            read("account.status", "/dapi/v1/account"),
            stream("userDataStream.start", "POST", "/dapi/v1/listenKey"), stream("userDataStream.ping", "PUT", "/dapi/v1/listenKey"),
            stream("userDataStream.stop", "DELETE", "/dapi/v1/listenKey"),
            session("session.status"), session("session.logout"));

    private WebSocketMethods() {}

    /**
     * The REST request {@code method} with {@code params} mirrors on {@code api}; the signer's own parameters
     * ({@code apiKey}, {@code timestamp}, {@code recvWindow}) are left out.
     */
    static BinanceRequest asRestRequest(WebSocketApi api, String method, Map<String, String> params) {
        Mirror rest = mirror(api, method);
        BinanceRequest.Builder request = BinanceRequest.of(rest.httpMethod, rest.path);
        for (Map.Entry<String, String> p : new TreeMap<>(params).entrySet()) {
            String name = p.getKey();
            if (!name.equals("recvWindow") && !name.equals("timestamp") && !name.equals("apiKey")) {
                request.param(name, p.getValue());
            }
        }
        return request.build();
    }

    /** Whether {@code method} is a SIGNED one, which needs a {@code timestamp} even on a logged-in session. */
    static boolean needsTimestamp(WebSocketApi api, String method) {
        return mirror(api, method).signed;
    }

    private static Mirror mirror(WebSocketApi api, String method) {
        Map<String, Mirror> table = api == WebSocketApi.SPOT ? SPOT : api == WebSocketApi.USDM_FUTURES ? USDM_FUTURES : COINM_FUTURES;
        Mirror rest = table.get(method);
        return rest != null ? rest : new Mirror("POST", "/ws-api/" + api.name().toLowerCase(Locale.ROOT) + "/" + method, true);
    }

    private static Map.Entry<String, Mirror> write(String method, String httpMethod, String path) {
        return Map.entry(method, new Mirror(httpMethod, path, true));
    }

    private static Map.Entry<String, Mirror> read(String method, String path) {
        return Map.entry(method, new Mirror("GET", path, true));
    }

    /** A user-data-stream method that needs the API key but no signature. */
    private static Map.Entry<String, Mirror> stream(String method, String httpMethod, String path) {
        return Map.entry(method, new Mirror(httpMethod, path, false));
    }

    private static Map.Entry<String, Mirror> session(String method) {
        return Map.entry(method, SESSION);
    }

    /** The REST request a method mirrors, and whether it is SIGNED. */
    private record Mirror(String httpMethod, String path, boolean signed) {}
}
