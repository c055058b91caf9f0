package dev.signet.binance.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.BinanceRequest;
import dev.signet.binance.RequestSigner;
import dev.signet.core.ApiKey;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Signer;
import dev.signet.core.SigningAlgorithm;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SigningPolicyTest {
    /** Counts sign calls, to prove a refused request signs nothing. */
    private static final class CountingSigner implements Signer {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public SigningAlgorithm algorithm() {
            return SigningAlgorithm.HMAC_SHA256;
        }

        @Override
        public int signatureLength() {
            return 32;
        }

        @Override
        public int sign(byte[] message, int off, int len, byte[] out, int outOff) {
            calls.incrementAndGet();
            return 32;
        }
    }

    @Test
    void aSignerBuiltWithoutAGuardRefusesAWithdrawalAndSignsNothing() {
        CountingSigner counting = new CountingSigner();
        RequestSigner signer = RequestSigner.builder().keyedSigner(new KeyedSigner(ApiKey.of("policyKeyAbCdEfGh0123"), counting, "t")).build();
        assertThatThrownBy(() -> signer.sign(BinanceRequest.post("/sapi/v1/capital/withdraw/apply").param("coin", "BTC").build()))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("/sapi/v1/capital/withdraw/apply").hasMessageContaining("WITHDRAW")
                .hasMessageContaining("allowWithdrawalsAndTransfers");
        assertThat(counting.calls).hasValue(0);
        signer.sign(BinanceRequest.post("/api/v3/order").param("symbol", "BTCUSDT").build());
        assertThat(counting.calls).hasValue(1);
    }

    @Test
    void scopesBeyondTheDefaultNeedExplicitOptions() {
        assertThatThrownBy(() -> SigningPolicy.defaults().check(BinanceRequest.post("/fapi/v1/order").build())).hasMessageContaining("FUTURES");
        SigningPolicy.builder().allow(Scope.FUTURES).build().check(BinanceRequest.post("/fapi/v1/order").build());
        assertThatThrownBy(() -> SigningPolicy.builder().allow(Scope.WITHDRAW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SigningPolicy.defaults().check(BinanceRequest.post("/sapi/v9/new").build())).hasMessageContaining("UNKNOWN");
        SigningPolicy.builder().allowUnknownEndpoints().build().check(BinanceRequest.post("/sapi/v9/new").build());
        SigningPolicy.builder().allowWithdrawalsAndTransfers().build().check(BinanceRequest.post("/sapi/v1/asset/transfer").build());
        assertThatThrownBy(() -> SigningPolicy.builder().deny(Scope.SPOT_TRADE).build().check(BinanceRequest.post("/api/v3/order").build()))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void apiKeyManagementHasItsOwnOption() {
        BinanceRequest createKey = BinanceRequest.post("/sapi/v1/margin/apiKey").param("apiName", "x").param("publicKey", "k").build();
        SigningPolicy margin = SigningPolicy.builder().allow(Scope.MARGIN).allowWithdrawalsAndTransfers().build();
        assertThatThrownBy(() -> margin.check(createKey)).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("KEY_MANAGEMENT").hasMessageContaining("allowKeyManagement");
        SigningPolicy.builder().allowKeyManagement().build().check(createKey);
        assertThatThrownBy(() -> SigningPolicy.builder().allow(Scope.KEY_MANAGEMENT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRestRequestCarryingTheApiKeyAsAParameterIsRefused() {
        assertThatThrownBy(() -> SigningPolicy.defaults().check(BinanceRequest.get("/api/v3/account").param("apiKey", "k").build()))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("session");
    }

    @Test
    void unguardedSignsEverythingAndIsTheOnlyWayToTurnTheGuardOff() {
        CountingSigner counting = new CountingSigner();
        RequestSigner signer = RequestSigner.builder().keyedSigner(new KeyedSigner(ApiKey.of("policyKeyAbCdEfGh0123"), counting, "t"))
                .guard(RequestGuard.unguarded()).build();
        signer.sign(BinanceRequest.post("/sapi/v1/capital/withdraw/apply").param("coin", "BTC").build());
        assertThat(counting.calls).hasValue(1);
        assertThat(RequestGuard.unguarded()).hasToString("RequestGuard.unguarded()").isSameAs(RequestGuard.unguarded());
        assertThat(SigningPolicy.defaults().allowedScopes()).containsExactlyInAnyOrder(Scope.READ, Scope.SPOT_TRADE);
        assertThat(SigningPolicy.defaults().tradingLimits()).isEmpty();
    }
}
