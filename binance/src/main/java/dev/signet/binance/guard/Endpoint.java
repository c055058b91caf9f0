package dev.signet.binance.guard;

/**
 * One endpoint as the guard sees it: the scope it needs and how its orders are read.
 *
 * @param method the HTTP method, upper case
 * @param path the path as the exchange documents it
 * @param scope the scope it needs
 * @param shape how {@link TradingLimits} reads its orders
 */
record Endpoint(String method, String path, Scope scope, OrderShape shape) {
    /** Whether the endpoint may place or change orders, so {@link TradingLimits} must read it or refuse it. */
    boolean isTrading() {
        return scope == Scope.SPOT_TRADE || scope == Scope.MARGIN || scope == Scope.FUTURES || scope == Scope.UNKNOWN;
    }

    /** Whether order quantities are contracts (COIN-M futures), whose notional is quantity × contract size. */
    boolean countsContracts() {
        return path.regionMatches(true, 0, "/dapi/", 0, 6);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
