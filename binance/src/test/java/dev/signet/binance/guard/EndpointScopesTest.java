package dev.signet.binance.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
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
        "POST, /sapi/v1/margin/order, MARGIN",
        "POST, /sapi/v1/margin/order/oto, MARGIN",
        "POST, /sapi/v1/margin/order/otoco, MARGIN",
        "GET, /sapi/v1/margin/account, READ",
        "POST, /sapi/v1/margin/listen-key, READ",
        "POST, /sapi/v1/capital/withdraw/apply, WITHDRAW",
        "GET, /sapi/v1/capital/withdraw/apply, WITHDRAW",
        "GET, /sapi/v1/capital/withdraw/history, READ",
        "POST, /sapi/v1/localentity/withdraw/apply, WITHDRAW",
        "POST, /sapi/v1/localentity/broker/withdraw/apply, WITHDRAW",
        "POST, /sapi/v1/account/enableFastWithdrawSwitch, WITHDRAW",
        "POST, /wapi/v3/withdraw.html, WITHDRAW",
        "POST, /sapi/v2/capital/withdraw/apply, WITHDRAW",
        "POST, /sapi/v1/asset/transfer, TRANSFER",
        "POST, /sapi/v1/sub-account/universalTransfer, TRANSFER",
        "POST, /sapi/v1/margin/transfer, TRANSFER",
        "POST, /sapi/v1/margin/isolated/transfer, TRANSFER",
        "POST, /sapi/v1/futures/transfer, TRANSFER",
        "POST, /sapi/v1/managed-subaccount/withdraw, TRANSFER",
        "POST, /sapi/v3/sub-account/somethingNew, TRANSFER",
        "POST, /sapi/v1/asset/get-funding-asset, READ",
        "POST, /sapi/v1/margin/apiKey, KEY_MANAGEMENT",
        "PUT, /sapi/v1/margin/apiKey/ip, KEY_MANAGEMENT",
        "POST, /sapi/v1/sub-account/subAccountApi, KEY_MANAGEMENT",
        "POST, /sapi/v2/sub-account/subAccountApi/ipRestriction, KEY_MANAGEMENT",
        "POST, /fapi/v1/order, FUTURES",
        "POST, /fapi/v1/algoOrder, FUTURES",
        "GET, /fapi/v2/account, READ",
        "DELETE, /dapi/v1/allOpenOrders, FUTURES",
        "POST, /fapi/v1/listenKey, READ",
        "POST, /sapi/v1/algo/spot/newOrderTwap, SPOT_TRADE",
        "POST, /sapi/v1/algo/futures/newOrderVp, FUTURES",
        "POST, /sapi/v1/margin/somethingNew, UNKNOWN",
        "DELETE, /sapi/v1/algo/spot/historicalOrders, UNKNOWN",
        "POST, /fapi/v9/order, UNKNOWN",
        "POST, /api/v3/userDataStream, UNKNOWN",
        "POST, /sapi/v1/unknown/thing, UNKNOWN",
        "POST, /api/v3/orderbook-something, UNKNOWN",
        "PATCH, /api/v3/order, UNKNOWN",
        "GET, /other, UNKNOWN",
    })
    void mapsEndpointsToScopes(String method, String path, Scope scope) {
        assertThat(EndpointScopes.scopeOf(method, path)).isEqualTo(scope);
    }

    @Test
    void anUpperCasePathHasTheScopeOfTheEndpointTheExchangeRoutesItTo() {
        assertThat(EndpointScopes.scopeOf("POST", "/SAPI/V1/CAPITAL/WITHDRAW/APPLY")).isEqualTo(Scope.WITHDRAW);
        assertThat(EndpointScopes.scopeOf("post", "/Sapi/V1/Capital/Withdraw/Apply")).isEqualTo(Scope.WITHDRAW);
    }

    @Test
    void everyListedEndpointHasTheSameScopeInAnyCase() {
        for (String endpoint : EndpointScopes.knownEndpoints()) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            Scope scope = EndpointScopes.scopeOf(method, path);
            assertThat(EndpointScopes.scopeOf(method, path.toUpperCase(Locale.ROOT))).as(endpoint).isEqualTo(scope);
            assertThat(EndpointScopes.scopeOf(method, path.toLowerCase(Locale.ROOT))).as(endpoint).isEqualTo(scope);
        }
    }

    @Test
    void theTableListsTheOrderPlacingEndpointsOfEveryProduct() {
        assertThat(EndpointScopes.knownEndpoints()).contains("POST /api/v3/order", "POST /api/v3/orderList/opoco",
                "POST /sapi/v1/margin/order/otoco", "POST /fapi/v1/algoOrder", "PUT /fapi/v1/batchOrders", "POST /dapi/v1/batchOrders",
                "POST /sapi/v1/algo/futures/newOrderVp");
    }
}
