package dev.signet.binance.guard;

/**
 * What an endpoint lets an API key do, matching the exchange's key permissions. A signing policy allows a set of
 * these; {@link #UNKNOWN} (a signed endpoint not in {@link EndpointScopes}) is only signed when explicitly allowed.
 *
 * <pre>{@code Scope scope = EndpointScopes.scopeOf("POST", "/api/v3/order"); // SPOT_TRADE}</pre>
 */
public enum Scope {
    /** Reading market or account data, user data streams. */
    READ,
    /** Placing and cancelling spot orders. */
    SPOT_TRADE,
    /** Margin borrowing, repaying and trading. */
    MARGIN,
    /** USDⓈ-M and COIN-M futures trading. */
    FUTURES,
    /** Moving funds between the user's own wallets and sub-accounts. */
    TRANSFER,
    /** Withdrawing funds off the exchange, or changing how withdrawals work. */
    WITHDRAW,
    /**
     * Creating, deleting or re-permissioning API keys (margin special keys, sub-account keys): a new key is a way in
     * that outlives this one, so no trading bot should sign these.
     */
    KEY_MANAGEMENT,
    /** A signed endpoint Signet does not know: treated as needing an explicit grant. */
    UNKNOWN
}
