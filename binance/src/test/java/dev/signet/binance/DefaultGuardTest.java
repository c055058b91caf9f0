package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.guard.PermissionDeniedException;
import dev.signet.core.ApiKey;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Signers;
import dev.signet.core.SigningKey;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every signer built without a guard applies SigningPolicy.defaults(), whatever form the path takes. */
class DefaultGuardTest {
    private static final KeyedSigner KEY = new KeyedSigner(ApiKey.of("defaultGuardKeyAbCdEf0123"),
            Signers.forKey(SigningKey.hmacSha256(InsecureSecretAccess.secretFromString("default-guard-Zq8wXy3Lm"))), "t");
    private static final HttpRequestSigner HTTP = HttpRequestSigner.builder().requestSigner(RequestSigner.builder().keyedSigner(KEY).build())
            .build();

    @Test
    void theReadmesFirstQuickStartSignerRefusesAWithdrawal() {
        RequestSigner signer = RequestSigner.builder().keyedSigner(KEY).recvWindowMillis(5000).build();
        assertThatThrownBy(() -> signer.sign(BinanceRequest.post("/sapi/v1/capital/withdraw/apply").param("coin", "BTC")
                .param("address", "x").param("amount", "1").build())).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("WITHDRAW");
        assertThat(signer.sign(BinanceRequest.post("/api/v3/order").param("symbol", "LTCBTC").param("side", "BUY").build()).query())
                .contains("&signature=");
    }

    @Test
    void theHttpAdapterSignerRefusesAWithdrawalInAnySpellingOfItsPath() {
        for (String path : new String[] {"/sapi/v1/capital/withdraw/apply", "/SAPI/V1/CAPITAL/WITHDRAW/APPLY", "/sapi/v1/localentity/withdraw/apply",
            "/Sapi/v1/Asset/Transfer"}) {
            assertThatThrownBy(() -> HTTP.sign("POST", URI.create("https://api.binance.com" + path + "?coin=BTC"), null, null)).as(path)
                    .isInstanceOf(SigningRefusedException.class).hasCauseInstanceOf(PermissionDeniedException.class);
        }
        for (String path : new String[] {"/sapi/v1/capital/withdraw/%61pply", "/sapi/v1//capital/withdraw/apply",
            "/api/v3/order/../../../sapi/v1/capital/withdraw/apply", "/sapi/v1/capital/./withdraw/apply", "/sapi/v1/capital/withdraw/apply/",
            "/sapi/v1/capital%2Fwithdraw/apply", "/api/v3/order;/../../sapi/v1/capital/withdraw/apply"}) {
            assertThatThrownBy(() -> HTTP.sign("POST", URI.create("https://api.binance.com" + path + "?coin=BTC"), null, null)).as(path)
                    .isInstanceOf(SigningRefusedException.class).hasCauseInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("path must be");
        }
    }

    @Test
    void aWebSocketSignerBuiltWithoutAGuardRefusesWhatTheDefaultPolicyRefuses() {
        WebSocketRequestSigner ws = WebSocketRequestSigner.builder().api(WebSocketApi.USDM_FUTURES).keyedSigner(KEY).build();
        assertThatThrownBy(() -> ws.signParams("order.place", Map.of("symbol", "BTCUSDT", "side", "BUY", "type", "MARKET", "quantity", "1")))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("FUTURES");
        assertThatThrownBy(() -> ws.signParams("session.logon", Map.of())).isInstanceOf(PermissionDeniedException.class);
    }
}
