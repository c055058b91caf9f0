package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.guard.PermissionDeniedException;
import dev.signet.binance.guard.RequestGuard;
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
        return WebSocketRequestSigner.builder().api(WebSocketApi.SPOT).keyedSigner(new KeyedSigner(API_KEY, signer, "t")).clock(FIXED).build();
    }

    /** Signs everything: the only plain signer that may sign session.logon. */
    private static WebSocketRequestSigner unguarded(Signer signer) {
        return WebSocketRequestSigner.builder().api(WebSocketApi.SPOT).keyedSigner(new KeyedSigner(API_KEY, signer, "t")).clock(FIXED)
                .guard(RequestGuard.unguarded()).build();
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
        SignedWebSocketParams params = unguarded(new JdkSigner(SigningAlgorithm.ED25519, pair.getPrivate(), 64))
                .signParams("session.logon", Map.of());
        Signature verify = Signature.getInstance("Ed25519");
        verify.initVerify(pair.getPublic());
        verify.update(("apiKey=" + API_KEY.value() + "&timestamp=1655716096498").getBytes(StandardCharsets.UTF_8));
        assertThat(verify.verify(Base64.getDecoder().decode(params.signature()))).isTrue();
    }

    @Test
    void sessionLogonRefusesHmac() {
        assertThatThrownBy(() -> unguarded(hmac()).signParams("session.logon", Map.of()))
                .isInstanceOf(SignetException.class).hasMessageContaining("Ed25519");
    }

    @Test
    void signatureParamIsRefused() {
        assertThatThrownBy(() -> ws(hmac()).signParams("order.place", Map.of("signature", "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGuardSeesEachWebSocketRequestAsTheRestRequestItMirrors() {
        WebSocketRequestSigner readOnly = WebSocketRequestSigner.builder().api(WebSocketApi.SPOT).keyedSigner(new KeyedSigner(API_KEY, hmac(), "t"))
                .clock(FIXED).guard(SigningPolicy.builder().deny(Scope.SPOT_TRADE).build()).build();

        assertThat(readOnly.signParams("account.status", Map.of("omitZeroBalances", "true")).signature()).isNotEmpty();
        assertThatThrownBy(() -> readOnly.signParams("order.place", Map.of("symbol", "BTCUSDT", "side", "BUY", "quantity", "1")))
                .isInstanceOf(dev.signet.binance.guard.PermissionDeniedException.class);
        assertThatThrownBy(() -> readOnly.signParams("some.newMethod", Map.of("x", "1")))
                .isInstanceOf(dev.signet.binance.guard.PermissionDeniedException.class);

        WebSocketRequestSigner trading = WebSocketRequestSigner.builder().api(WebSocketApi.SPOT).keyedSigner(new KeyedSigner(API_KEY, hmac(), "t"))
                .clock(FIXED).guard(SigningPolicy.builder().tradingLimits(TradingLimits.builder()
                        .allowedSymbols(java.util.Set.of("BTCUSDT")).build()).build()).build();
        assertThat(trading.signParams("order.place", Map.of("symbol", "BTCUSDT", "side", "BUY", "quantity", "1")).signature())
                .isNotEmpty();
        assertThatThrownBy(() -> trading.signParams("order.place", Map.of("symbol", "DOGEUSDT", "side", "BUY", "quantity", "1",
                "recvWindow", "5000"))).isInstanceOf(dev.signet.binance.guard.TradingLimitExceededException.class).hasMessageContaining("allow-list");
        assertThatThrownBy(() -> trading.signParams("orderList.place.oto", Map.of("symbol", "DOGEUSDT", "workingQuantity", "1")))
                .isInstanceOf(dev.signet.binance.guard.TradingLimitExceededException.class);
    }

    @Test
    void aGuardedSignerRefusesSessionLogonEvenWithADailyLimitOfZero() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Signer ed25519 = new JdkSigner(SigningAlgorithm.ED25519, pair.getPrivate(), 64);
        TradingLimits none = TradingLimits.builder().maxOrdersPerUtcDay(0, java.nio.file.Files.createTempDirectory("ws").resolve("s")).build();
        for (WebSocketRequestSigner guarded : new WebSocketRequestSigner[] {ws(ed25519), WebSocketRequestSigner.builder()
                .api(WebSocketApi.SPOT).keyedSigner(new KeyedSigner(API_KEY, ed25519, "t")).clock(FIXED)
                .guard(SigningPolicy.builder().tradingLimits(none).build()).build()}) {
            assertThatThrownBy(() -> guarded.signParams("session.logon", Map.of())).isInstanceOf(PermissionDeniedException.class)
                    .hasMessageContaining("GuardedWebSocketSession");
        }
    }

    @Test
    void aRequestThatSignsTheSameTextAsALogonIsRefusedToo() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Signer ed25519 = new JdkSigner(SigningAlgorithm.ED25519, pair.getPrivate(), 64);
        String logon = unguarded(ed25519).signParams("session.logon", Map.of()).signature();
        assertThat(unguarded(ed25519).signParams("account.status", Map.of()).signature()).as("the method is not signed").isEqualTo(logon);

        for (String method : new String[] {"account.status", "userDataStream.subscribe.signature", "openOrders.status"}) {
            assertThatThrownBy(() -> ws(ed25519).signParams(method, Map.of("recvWindow", "5000"))).as(method)
                    .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("same text as session.logon");
        }
        assertThat(ws(ed25519).signParams("openOrders.status", Map.of("symbol", "BTCUSDT")).signature()).isNotEqualTo(logon);
    }

    @Test
    void aNameOrValueThatWouldSplitTheSignedTextIsRefused() {
        for (Map<String, String> params : java.util.List.of(Map.of("symbol", "BTCUSDT&quantity=1000"), Map.of("newClientOrderId", "a=b"))) {
            assertThatThrownBy(() -> unguarded(hmac()).signParams("order.cancel", params)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'&' or '='");
        }
    }

    @Test
    void theApiDecidesWhichEndpointAMethodIs() {
        Map<String, String> order = Map.of("symbol", "BTCUSDT", "side", "BUY", "type", "LIMIT", "quantity", "1", "price", "1");
        WebSocketRequestSigner.Builder futures = WebSocketRequestSigner.builder().api(WebSocketApi.USDM_FUTURES)
                .keyedSigner(new KeyedSigner(API_KEY, hmac(), "t")).clock(FIXED);
        assertThatThrownBy(() -> futures.build().signParams("order.place", order)).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("POST '/fapi/v1/order'").hasMessageContaining("FUTURES");
        assertThat(futures.guard(SigningPolicy.builder().allow(Scope.FUTURES).build()).build().signParams("order.place", order).signature())
                .isNotEmpty();
        assertThat(ws(hmac()).signParams("order.place", order).signature()).isNotEmpty();
        WebSocketRequestSigner coinM = WebSocketRequestSigner.builder().api(WebSocketApi.COINM_FUTURES).keyedSigner(new KeyedSigner(API_KEY, hmac(), "t"))
                .guard(SigningPolicy.builder().allow(Scope.FUTURES).tradingLimits(TradingLimits.builder()
                        .maxNotionalPerOrder(new java.math.BigDecimal("10")).build()).build()).build();
        assertThatThrownBy(() -> coinM.signParams("order.modify", Map.of("symbol", "BTCUSD_PERP", "side", "BUY", "quantity", "1",
                "price", "1", "orderId", "1"))).isInstanceOf(dev.signet.binance.guard.TradingLimitExceededException.class)
                .hasMessageContaining("contractSize");
        assertThatThrownBy(() -> WebSocketRequestSigner.builder().keyedSigner(new KeyedSigner(API_KEY, hmac(), "t")).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("WebSocketApi.SPOT");
    }

    @Test
    void aMethodNameIsLettersDigitsDotUnderscoreAndSlashUpTo64Characters() {
        for (String ok : new String[] {"a", "z", "A", "Z", "0", "9", ".", "_", "/", "order.place", "x".repeat(64)}) {
            org.assertj.core.api.Assertions.assertThatCode(() -> WebSocketRequestSigner.checkMethodName(ok)).as(ok)
                    .doesNotThrowAnyException();
        }
        // each one the character just outside a range: '@' 'A'..'Z' '[', '`' 'a'..'z' '{', '/' '0'..'9' ':'
        for (String refused : new String[] {"", "@", "[", "`", "{", ":", "-", " ", "x".repeat(65), "order.place!"}) {
            assertThatThrownBy(() -> WebSocketRequestSigner.checkMethodName(refused)).as(refused)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("method name");
        }
        assertThatThrownBy(() -> ws(hmac()).signParams("order place", Map.of("symbol", "BTCUSDT"), 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("method name");
    }
}
