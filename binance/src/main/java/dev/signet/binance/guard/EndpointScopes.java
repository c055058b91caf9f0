package dev.signet.binance.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The static map from endpoint (method + path) to the {@link Scope} it needs: every documented endpoint that writes
 * (spot, margin, USDⓈ-M and COIN-M futures, algo, wallet, sub-account), plus rules for the rest — a path naming
 * withdrawals is WITHDRAW whatever the method, other GETs are READ (the exchange's GETs only read), writes naming
 * transfers or API keys are TRANSFER or KEY_MANAGEMENT, and any other unlisted write is {@link Scope#UNKNOWN}, which no
 * default policy allows. Paths match
 * without regard to case, as the exchange routes them.
 *
 * <pre>{@code EndpointScopes.scopeOf("POST", "/sapi/v1/capital/withdraw/apply"); // WITHDRAW}</pre>
 */
public final class EndpointScopes {
    private EndpointScopes() {}

    /** The scope {@code method} on {@code path} needs; {@link Scope#UNKNOWN} for endpoints not in the map. */
    public static Scope scopeOf(String method, String path) {
        return EndpointTable.lookup(method.toUpperCase(Locale.ROOT), path).scope();
    }

    /** Every endpoint the map lists by name, as {@code "METHOD /path"}; GETs not listed are READ by rule. */
    public static List<String> knownEndpoints() {
        List<String> known = new ArrayList<>(EndpointTable.KNOWN.size());
        for (Endpoint e : EndpointTable.KNOWN) {
            known.add(e.toString());
        }
        return List.copyOf(known);
    }
}
