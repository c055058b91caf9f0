package dev.signet.binance.guard;

import java.util.List;
import java.util.Locale;

/**
 * The static map from endpoint (method + path) to the {@link Scope} it needs. The first matching rule wins; rules
 * run from specific to general. Unmatched paths are {@link Scope#UNKNOWN}, which no default policy allows.
 *
 * <pre>{@code EndpointScopes.scopeOf("POST", "/sapi/v1/capital/withdraw/apply"); // WITHDRAW}</pre>
 */
public final class EndpointScopes {
    private static final String ANY = "*";
    private static final String WRITE = "POST,PUT,DELETE";
    private static final List<Rule> RULES = List.of(
            // money leaving the account, or moving between wallets
            new Rule(ANY, "/sapi/v1/capital/withdraw/apply", Scope.WITHDRAW),
            new Rule(ANY, "/wapi/v3/withdraw", Scope.WITHDRAW),
            new Rule(WRITE, "/sapi/v1/asset/transfer", Scope.TRANSFER),
            new Rule(WRITE, "/sapi/v1/asset/dust", Scope.TRANSFER),
            new Rule(WRITE, "/sapi/v1/sub-account/", Scope.TRANSFER),
            new Rule(WRITE, "/sapi/v1/futures/transfer", Scope.TRANSFER),
            new Rule(WRITE, "/sapi/v1/margin/transfer", Scope.TRANSFER),
            new Rule(WRITE, "/sapi/v1/margin/isolated/transfer", Scope.TRANSFER),
            new Rule(WRITE, "/sapi/v1/capital/", Scope.TRANSFER),
            // user data streams only read
            new Rule(ANY, "/api/v3/userDataStream", Scope.READ),
            new Rule(ANY, "/sapi/v1/userDataStream", Scope.READ),
            new Rule(ANY, "/fapi/v1/listenKey", Scope.READ),
            new Rule(ANY, "/dapi/v1/listenKey", Scope.READ),
            // trading
            new Rule(WRITE, "/api/v3/order", Scope.SPOT_TRADE),
            new Rule(WRITE, "/api/v3/orderList", Scope.SPOT_TRADE),
            new Rule(WRITE, "/api/v3/sor/order", Scope.SPOT_TRADE),
            new Rule(WRITE, "/api/v3/openOrders", Scope.SPOT_TRADE),
            new Rule(WRITE, "/api/v3/cancelReplace", Scope.SPOT_TRADE),
            new Rule(WRITE, "/sapi/v1/margin/", Scope.MARGIN),
            new Rule(WRITE, "/fapi/", Scope.FUTURES),
            new Rule(WRITE, "/dapi/", Scope.FUTURES),
            // everything else that only reads
            new Rule("GET", "/api/", Scope.READ),
            new Rule("GET", "/sapi/", Scope.READ),
            new Rule("GET", "/fapi/", Scope.READ),
            new Rule("GET", "/dapi/", Scope.READ));

    private EndpointScopes() {}

    /** The scope {@code method} on {@code path} needs; {@link Scope#UNKNOWN} for endpoints not in the map. */
    public static Scope scopeOf(String method, String path) {
        String m = method.toUpperCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (rule.matches(m, path)) {
                return rule.scope;
            }
        }
        return Scope.UNKNOWN;
    }

    private static final class Rule {
        final String methods;
        final String path;
        final Scope scope;

        Rule(String methods, String path, Scope scope) {
            this.methods = methods;
            this.path = path;
            this.scope = scope;
        }

        boolean matches(String method, String requested) {
            boolean methodOk = methods.equals(ANY) || ("," + methods + ",").contains("," + method + ",");
            boolean pathOk = path.endsWith("/") ? requested.startsWith(path)
                    : requested.equals(path) || requested.startsWith(path + "/");
            return methodOk && pathOk;
        }
    }
}
