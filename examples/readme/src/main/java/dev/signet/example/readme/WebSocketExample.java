package dev.signet.example.readme;

// tag::websocket-session[]
import dev.signet.binance.GuardedWebSocketSession;
import dev.signet.binance.WebSocketRequestSigner;
import java.net.http.WebSocket;
import java.util.Map;
// end::websocket-session[]

/** The README's logged-in WebSocket session snippet. */
final class WebSocketExample {
    private WebSocketExample() {
    }

    // tag::websocket-session[]
    /** Logs {@code socket} in (Ed25519 keys only) and places an order the guard has checked. */
    static void logOnAndOrder(WebSocketRequestSigner ws, WebSocket socket) {
        GuardedWebSocketSession session = GuardedWebSocketSession.create(ws, frame -> socket.sendText(frame, true).join());
        session.logon("1");
        session.send("2", "order.place", Map.of("symbol", "BTCUSDT", "side", "BUY", "type", "LIMIT",
                "timeInForce", "GTC", "quantity", "0.001", "price", "60000"));   // checked, then sent unsigned
    }
    // end::websocket-session[]
}
