package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BinanceRequestTest {
    @Test
    void pathsThatTheServerCouldRouteElsewhereAreRefused() {
        for (String path : List.of("/api/v3/order/../../../sapi/v1/capital/withdraw/apply", "/api/v3/./order", "/api/v3//order",
                "/api/v3/order/", "/api/v3/order%2F..%2F..", "/api/v3/order?symbol=X", "/api/v3/order;x", "api/v3/order", "/", "")) {
            assertThatThrownBy(() -> BinanceRequest.post(path).build()).as(path)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("path must be");
        }
        assertThat(BinanceRequest.get("/sapi/v1/sub-account/list").build().path()).isEqualTo("/sapi/v1/sub-account/list");
    }

    @Test
    void theRecordConstructorChecksNamesAsTheBuilderDoes() {
        for (String name : List.of("symbol=BTCUSDT&x", "\u0126signature", "é", "", "signature", "timestamp", "recvWindow")) {
            List<Map.Entry<String, String>> params = List.of(Map.entry(name, "1"));
            assertThatThrownBy(() -> new BinanceRequest("POST", "/api/v3/order", params, List.of())).as(name)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new BinanceRequest("POST", "/api/v3/order", List.of(), params)).as(name)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aMutableEntryChangedAfterTheCheckDoesNotChangeTheRequest() {
        Map.Entry<String, String> entry = new AbstractMap.SimpleEntry<>("symbol", "BTCUSDT");
        BinanceRequest request = new BinanceRequest("POST", "/api/v3/order", List.of(entry), List.of());

        entry.setValue("x&signature=forged");

        assertThat(request.queryParams()).containsExactly(Map.entry("symbol", "BTCUSDT"));
    }
}
