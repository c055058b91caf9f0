package dev.signet.binance.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointScopesTest {
    @ParameterizedTest
    @CsvSource({
        "GET, /api/v3/account, READ",
        "GET, /api/v3/openOrders, READ",
        "POST, /api/v3/order, SPOT_TRADE",
        "POST, /api/v3/order/test, SPOT_TRADE",
        "DELETE, /api/v3/openOrders, SPOT_TRADE",
        "POST, /api/v3/orderList/oco, SPOT_TRADE",
        "POST, /api/v3/userDataStream, READ",
        "POST, /sapi/v1/margin/order, MARGIN",
        "GET, /sapi/v1/margin/account, READ",
        "POST, /sapi/v1/capital/withdraw/apply, WITHDRAW",
        "GET, /sapi/v1/capital/withdraw/apply, WITHDRAW",
        "POST, /sapi/v1/asset/transfer, TRANSFER",
        "POST, /sapi/v1/sub-account/universalTransfer, TRANSFER",
        "POST, /sapi/v1/margin/transfer, TRANSFER",
        "POST, /fapi/v1/order, FUTURES",
        "GET, /fapi/v2/account, READ",
        "DELETE, /dapi/v1/allOpenOrders, FUTURES",
        "POST, /fapi/v1/listenKey, READ",
        "POST, /sapi/v1/unknown/thing, UNKNOWN",
        "POST, /api/v3/orderbook-something, UNKNOWN",
        "GET, /other, UNKNOWN",
    })
    void mapsEndpointsToScopes(String method, String path, Scope scope) {
        assertThat(EndpointScopes.scopeOf(method, path)).isEqualTo(scope);
    }
}
