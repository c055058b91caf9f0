package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signet.binance.guard.PermissionDeniedException;
import dev.signet.binance.guard.SigningPolicy;
import dev.signet.binance.guard.TradingLimitExceededException;
import dev.signet.binance.guard.TradingLimits;
import dev.signet.core.ApiKey;
import dev.signet.core.KeyedSigner;
import dev.signet.core.SigningAlgorithm;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuardedWebSocketSessionTest {
    private static final ApiKey API_KEY = ApiKey.of("sessionKeyAbCdEfGh0123");
    private static final Clock FIXED = Clock.fixed(Instant.ofEpochMilli(1655716096498L), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private final List<String> sent = new ArrayList<>();
    private KeyPair pair;
    private TradingLimits limits;
    private GuardedWebSocketSession session;

    @BeforeEach
    void logOn() throws Exception {
        pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        limits = TradingLimits.builder().maxOrdersPerUtcDay(1, dir.resolve("orders.state")).clock(FIXED)
                .maxNotionalPerOrder(new BigDecimal("100")).allowedSymbols(Set.of("BTCUSDT")).build();
        WebSocketRequestSigner signer = WebSocketRequestSigner.builder().api(WebSocketApi.SPOT).clock(FIXED)
                .keyedSigner(new KeyedSigner(API_KEY, new JdkSigner(SigningAlgorithm.ED25519, pair.getPrivate(), 64), "t"))
                .guard(SigningPolicy.builder().tradingLimits(limits).build()).build();
        session = GuardedWebSocketSession.create(signer, sent::add);
    }

    private static Map<String, String> order(String symbol, String quantity) {
        return Map.of("symbol", symbol, "side", "BUY", "type", "LIMIT", "timeInForce", "GTC", "quantity", quantity, "price", "1");
    }

    @Test
    void logonSendsOneSignedFrameThatVerifiesIndependently() throws Exception {
        session.logon("1");

        JsonNode frame = JSON.readTree(sent.get(0));
        assertThat(frame.get("method").asText()).isEqualTo("session.logon");
        assertThat(frame.get("params").get("timestamp").isNumber()).isTrue();
        Signature verify = Signature.getInstance("Ed25519");
        verify.initVerify(pair.getPublic());
        verify.update(("apiKey=" + API_KEY.value() + "&timestamp=1655716096498").getBytes(StandardCharsets.UTF_8));
        assertThat(verify.verify(Base64.getDecoder().decode(frame.get("params").get("signature").asText()))).isTrue();
    }

    @Test
    void everyRequestOfTheLoggedInSessionMeetsTheSameGuard() throws Exception {
        session.logon("1");
        session.send("2", "order.place", order("BTCUSDT", "1"));
        JsonNode placed = JSON.readTree(sent.get(1));
        assertThat(placed.get("params").has("signature")).isFalse();
        assertThat(placed.get("params").has("apiKey")).isFalse();
        assertThat(placed.get("params").get("timestamp").asLong()).isEqualTo(1655716096498L);
        assertThat(limits.ordersToday()).isEqualTo(1);

        assertThatThrownBy(() -> session.send("3", "order.place", order("BTCUSDT", "1"))).isInstanceOf(TradingLimitExceededException.class)
                .hasMessageContaining("1 orders per UTC day");
        assertThatThrownBy(() -> session.send("4", "order.place", order("DOGEUSDT", "1"))).hasMessageContaining("allow-list");
        assertThatThrownBy(() -> session.send("5", "orderList.place.oto", Map.of("symbol", "BTCUSDT", "workingQuantity", "500")))
                .isInstanceOf(TradingLimitExceededException.class);
        assertThatThrownBy(() -> session.send("6", "some.newMethod", Map.of())).isInstanceOf(PermissionDeniedException.class);
        assertThat(sent).hasSize(2);
    }

    @Test
    void sessionBookkeepingCarriesNoTimestamp() throws Exception {
        session.logon("1");
        session.send("2", "session.status", Map.of());
        session.send("3", "account.status", Map.of());
        assertThat(JSON.readTree(sent.get(1)).has("params")).isFalse();
        assertThat(JSON.readTree(sent.get(2)).get("params").get("timestamp").isNumber()).isTrue();
    }

    @Test
    void theSessionOnlySendsRequestsOnceLoggedInAndWithoutCredentials() {
        assertThatThrownBy(() -> session.send("1", "account.status", Map.of())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("logon");
        session.logon("1");
        assertThatThrownBy(() -> session.send("2", "session.logon", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> session.send("3", "account.status", Map.of("apiKey", "other")))
                .isInstanceOf(IllegalArgumentException.class);
        session.logout("4");
        assertThatThrownBy(() -> session.send("5", "account.status", Map.of())).isInstanceOf(IllegalStateException.class);
        assertThat(sent).hasSize(2);
    }
}
