package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.guard.Scope;
import dev.signet.binance.guard.SigningPolicy;
import dev.signet.binance.guard.TradingLimits;
import dev.signet.core.ApiKey;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Signer;
import dev.signet.core.Signers;
import dev.signet.core.SignetException;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebSocketRequestSignerTest {
    private static final ApiKey API_KEY = ApiKey.of(dev.signet.testing.TestVectorsFromShared.exchangeExampleApiKey());
    private static final Clock FIXED = Clock.fixed(Instant.ofEpochMilli(1655716096498L), ZoneOffset.UTC);

    private static WebSocketRequestSigner ws(Signer signer) {
        return WebSocketRequestSigner.builder().keyedSigner(new KeyedSigner(API_KEY, signer, "t")).clock(FIXED).build();
    }

    private static Signer hmac() {
        return Signers.forKey(SigningKey.hmacSha256(InsecureSecretAccess.secretFromString("ws-test-" + System.nanoTime())));
    }

    @Test
    void paramsAreSortedByNameWithRawUtf8ValuesIncludingApiKeyAndTimestamp() {
        Signer signer = hmac();
        SignedWebSocketParams params = ws(signer).signParams("order.place", Map.of("symbol", "１２３代币", "side", "SELL", "price", "0.1"));
        String expectedPayload = "apiKey=" + API_KEY.value() + "&price=0.1&side=SELL&symbol=１２３代币&timestamp=1655716096498";
        assertThat(params.signature()).isEqualTo(signer.signToString(expectedPayload));
        assertThat(params.timestamp()).isEqualTo(1655716096498L);
        assertThat(params.get("symbol")).isEqualTo("１２３代币");
        assertThat(params.get("apiKey")).isEqualTo(API_KEY.value());
    }

    @Test
    void sessionLogonSignsWithEd25519AndVerifiesIndependently() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        SignedWebSocketParams params = ws(new JdkSigner(SigningAlgorithm.ED25519, pair.getPrivate(), 64)).signParams("session.logon", Map.of());
        Signature verify = Signature.getInstance("Ed25519");
        verify.initVerify(pair.getPublic());
        verify.update(("apiKey=" + API_KEY.value() + "&timestamp=1655716096498").getBytes(StandardCharsets.UTF_8));
        assertThat(verify.verify(Base64.getDecoder().decode(params.signature()))).isTrue();
    }

    @Test
    void sessionLogonRefusesHmac() {
        assertThatThrownBy(() -> ws(hmac()).signParams("session.logon", Map.of()))
                .isInstanceOf(SignetException.class).hasMessageContaining("Ed25519");
    }

    @Test
    void signatureParamIsRefused() {
        assertThatThrownBy(() -> ws(hmac()).signParams("order.place", Map.of("signature", "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGuardSeesEachWebSocketRequestAsTheRestRequestItMirrors() {
        WebSocketRequestSigner readOnly = WebSocketRequestSigner.builder().keyedSigner(new KeyedSigner(API_KEY, hmac(), "t"))
                .clock(FIXED).guard(SigningPolicy.builder().deny(Scope.SPOT_TRADE).build()).build();

        assertThat(readOnly.signParams("account.status", Map.of()).signature()).isNotEmpty();
        assertThatThrownBy(() -> readOnly.signParams("order.place", Map.of("symbol", "BTCUSDT", "side", "BUY", "quantity", "1")))
                .isInstanceOf(dev.signet.binance.guard.PermissionDeniedException.class);
        assertThatThrownBy(() -> readOnly.signParams("some.newMethod", Map.of()))
                .isInstanceOf(dev.signet.binance.guard.PermissionDeniedException.class);

        WebSocketRequestSigner trading = WebSocketRequestSigner.builder().keyedSigner(new KeyedSigner(API_KEY, hmac(), "t"))
                .clock(FIXED).guard(SigningPolicy.builder().tradingLimits(TradingLimits.builder()
                        .allowedSymbols(java.util.Set.of("BTCUSDT")).build()).build()).build();
        assertThat(trading.signParams("order.place", Map.of("symbol", "BTCUSDT", "side", "BUY", "quantity", "1")).signature())
                .isNotEmpty();
        assertThatThrownBy(() -> trading.signParams("order.place", Map.of("symbol", "DOGEUSDT", "side", "BUY", "quantity", "1",
                "recvWindow", "5000"))).isInstanceOf(dev.signet.binance.guard.TradingLimitExceededException.class).hasMessageContaining("allow-list");
        assertThatThrownBy(() -> trading.signParams("orderList.place.oto", Map.of("symbol", "DOGEUSDT", "workingQuantity", "1")))
                .isInstanceOf(dev.signet.binance.guard.TradingLimitExceededException.class);
    }
}
