package dev.signet.binance;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signet.core.KeyedSigner;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SignetException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Signs WebSocket API requests: every parameter except {@code signature}, including {@code apiKey} and
 * {@code timestamp}, sorted by name and joined as {@code k=v&…} with raw UTF-8 values (no percent-encoding). In the
 * returned object {@code timestamp} is a JSON number, every other value a string.
 * {@code session.logon} accepts Ed25519 keys only. With a {@link RequestGuard}, each request is first checked as the
 * REST request it mirrors ({@code order.place} as {@code POST /api/v3/order}, …), so scopes and trading limits hold
 * on both APIs. Thread-safe.
 *
 * <pre>{@code ObjectNode params = ws.signParams("order.place", Map.of("symbol", "BTCUSDT", "side", "BUY"));}</pre>
 */
public final class WebSocketRequestSigner {
    private final Supplier<KeyedSigner> keyedSigner;
    private final ServerTimeOffset time;
    private final RequestGuard guard;

    /** Signs with {@code keyedSigner}, timestamps from {@code time}, with no guard. */
    public WebSocketRequestSigner(Supplier<KeyedSigner> keyedSigner, ServerTimeOffset time) {
        this(keyedSigner, time, RequestGuard.NONE);
    }

    /** Signs with {@code keyedSigner}, timestamps from {@code time}, after {@code guard} allows the request. */
    public WebSocketRequestSigner(Supplier<KeyedSigner> keyedSigner, ServerTimeOffset time, RequestGuard guard) {
        this.keyedSigner = Objects.requireNonNull(keyedSigner, "keyedSigner");
        this.time = Objects.requireNonNull(time, "time");
        this.guard = Objects.requireNonNull(guard, "guard");
    }

    /** The {@code params} object for {@code method}, with {@code apiKey}, {@code timestamp} and {@code signature} added. */
    public ObjectNode signParams(String method, Map<String, String> params) {
        return signParams(method, params, time.currentTimeMillis());
    }

    /** As {@link #signParams(String, Map)} with an explicit timestamp. */
    public ObjectNode signParams(String method, Map<String, String> params, long timestamp) {
        KeyedSigner active = keyedSigner.get();
        SigningAlgorithm algorithm = active.signer().algorithm();
        if ("session.logon".equals(method) && algorithm != SigningAlgorithm.ED25519) {
            throw new SignetException("session.logon accepts Ed25519 keys only, this key is " + algorithm
                    + "; sign each request instead, or register an Ed25519 key (signet keygen --algorithm ed25519)");
        }
        if (params.containsKey("signature")) {
            throw new IllegalArgumentException("'signature' is added by the signer; remove it from the params");
        }
        if (guard != RequestGuard.NONE) {
            guard.check(WebSocketMethods.asRestRequest(method, params));
        }
        TreeMap<String, String> sorted = new TreeMap<>(params);
        sorted.put("apiKey", active.apiKey().value());
        sorted.put("timestamp", Long.toString(timestamp));
        StringBuilder payload = new StringBuilder(128);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            if (payload.length() > 0) {
                payload.append('&');
            }
            payload.append(e.getKey()).append('=').append(e.getValue());
            if (e.getKey().equals("timestamp")) {
                node.put("timestamp", timestamp);
            } else {
                node.put(e.getKey(), e.getValue());
            }
        }
        node.put("signature", active.signer().signToString(payload));
        return node;
    }
}
