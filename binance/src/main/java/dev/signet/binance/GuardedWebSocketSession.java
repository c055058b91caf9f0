package dev.signet.binance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A logged-in WebSocket API session whose every request meets the guard. After {@code session.logon} the exchange
 * accepts requests on the connection without a signature, so no signer would see them; this object is the only way a
 * guarded {@link WebSocketRequestSigner} logs a session in, and it sends each later request through the signer's guard
 * (scopes, trading limits) first, as the REST request it mirrors. It writes the frames itself and hands them to
 * {@code sender}; the signed logon never reaches the caller. Send every request of the connection through it.
 * Thread-safe if {@code sender} is.
 *
 * <pre>{@code
 * GuardedWebSocketSession session = GuardedWebSocketSession.create(ws, frame -> socket.sendText(frame, true).join());
 * session.logon("1");
 * session.send("2", "order.place", Map.of("symbol", "BTCUSDT", "side", "BUY", "type", "MARKET", "quantity", "0.001"));
 * }</pre>
 */
public final class GuardedWebSocketSession {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebSocketRequestSigner signer;
    private final Consumer<String> sender;
    private volatile boolean loggedIn;

    private GuardedWebSocketSession(WebSocketRequestSigner signer, Consumer<String> sender) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.sender = Objects.requireNonNull(sender, "sender");
    }

    /**
     * A session that signs with {@code signer} (its key, clock, API and guard) and sends frames through {@code sender},
     * e.g. {@code frame -> socket.sendText(frame, true).join()}.
     */
    public static GuardedWebSocketSession create(WebSocketRequestSigner signer, Consumer<String> sender) {
        return new GuardedWebSocketSession(signer, sender);
    }

    /** Sends a signed {@code session.logon} (Ed25519 keys only) with request id {@code id}. */
    public void logon(String id) {
        SignedWebSocketParams params = signer.signLogon(signer.currentTimeMillis());
        Map<String, Object> values = new LinkedHashMap<>(params.values());
        values.put("timestamp", params.timestamp());
        sender.accept(frame(id, WebSocketRequestSigner.LOGON, values));
        loggedIn = true;
    }

    /**
     * Checks {@code method} with {@code params} against the signer's guard, then sends it unsigned with a
     * {@code timestamp} (for SIGNED methods) on the logged-in session.
     *
     * @throws IllegalStateException before {@link #logon}
     * @throws dev.signet.binance.guard.PermissionDeniedException or {@link dev.signet.binance.guard.TradingLimitExceededException}
     *     from the guard; nothing is sent
     */
    public void send(String id, String method, Map<String, String> params) {
        WebSocketRequestSigner.checkMethodName(method);
        if (!loggedIn) {
            throw new IllegalStateException("call logon(...) before sending requests on the session");
        }
        if (method.startsWith("session.log")) {
            throw new IllegalArgumentException("use logon(...) and logout(...) for " + method);
        }
        if (params.containsKey("apiKey") || params.containsKey("signature")) {
            throw new IllegalArgumentException("requests on a logged-in session carry no apiKey or signature; remove them");
        }
        signer.guard().check(WebSocketMethods.asRestRequest(signer.api(), method, params));
        Map<String, Object> values = new LinkedHashMap<>(params);
        if (WebSocketMethods.needsTimestamp(signer.api(), method)) {
            values.put("timestamp", signer.currentTimeMillis());
        }
        sender.accept(frame(id, method, values));
    }

    /** Sends {@code session.logout}; requests after it need {@link #logon} again. */
    public void logout(String id) {
        loggedIn = false;
        sender.accept(frame(id, "session.logout", Map.of()));
    }

    private static String frame(String id, String method, Map<String, Object> params) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("id", Objects.requireNonNull(id, "id"));
        frame.put("method", method);
        if (!params.isEmpty()) {
            frame.put("params", params);
        }
        try {
            return JSON.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers always serializes", e);
        }
    }
}
