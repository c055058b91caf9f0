package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignedRequestTest {
    private static SignedRequest request(String method, String query, String body) {
        return new SignedRequest(method, "/api/v3/order", query, body, "key");
    }

    @Test
    void readsAndCancelsAreSafeToRepeat() {
        assertThat(request("GET", "symbol=X&timestamp=1&signature=s", "").safeToRepeat()).isTrue();
        assertThat(request("DELETE", "symbol=X&orderId=1&timestamp=1&signature=s", "").safeToRepeat()).isTrue();
    }

    @Test
    void anOrderIsSafeToRepeatOnlyWhenItNamesItselfWithAClientOrderId() {
        assertThat(request("POST", "", "symbol=X&side=BUY&timestamp=1&signature=s").safeToRepeat()).isFalse();
        assertThat(request("POST", "", "symbol=X&newClientOrderId=&timestamp=1&signature=s").safeToRepeat()).isFalse();
        assertThat(request("POST", "", "symbol=X&myNewClientOrderId=a&timestamp=1&signature=s").safeToRepeat()).isFalse();
        assertThat(request("POST", "", "symbol=X&newClientOrderId=bot-42&timestamp=1&signature=s").safeToRepeat()).isTrue();
        assertThat(request("POST", "listClientOrderId=oco-7", "symbol=X&timestamp=1&signature=s").safeToRepeat()).isTrue();
        assertThat(request("PUT", "", "symbol=X&timestamp=1&signature=s").safeToRepeat()).isFalse();
    }
}
