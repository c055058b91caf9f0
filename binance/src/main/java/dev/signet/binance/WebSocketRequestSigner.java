package dev.signet.binance;

import dev.signet.binance.guard.RequestGuard;
import dev.signet.core.KeyedSigner;
import dev.signet.core.SignetException;
import dev.signet.core.SigningAlgorithm;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Signs WebSocket API requests: every parameter except {@code signature}, including {@code apiKey} and
 * {@code timestamp}, sorted by name and joined as {@code k=v&…} with raw UTF-8 values (no percent-encoding).
 * {@code session.logon} accepts Ed25519 keys only. Each request is first checked by the {@link RequestGuard} as the
 * REST request it mirrors ({@code order.place} as {@code POST /api/v3/order}, …), so scopes and trading limits hold
 * on both APIs. Immutable and thread-safe.
 *
 * <pre>{@code
 * WebSocketRequestSigner ws = WebSocketRequestSigner.builder().keyedSigner(KeyedSigner.of(credentials)).build();
 * SignedWebSocketParams params = ws.signParams("order.place", Map.of("symbol", "BTCUSDT", "side", "BUY"));
 * }</pre>
 */
public final class WebSocketRequestSigner {
    private final Supplier<KeyedSigner> keyedSigner;
    private final ServerTimeOffset time;
    private final RequestGuard guard;

    private WebSocketRequestSigner(Builder b) {
        this.keyedSigner = b.requiredKeyedSigner();
        this.time = b.time;
        this.guard = b.guard;
    }

    /** A builder: the system UTC clock with no server offset, no guard. */
    public static Builder builder() {
        return new Builder();
    }

    /** The {@code params} for {@code method}, with {@code apiKey}, {@code timestamp} and {@code signature} added. */
    public SignedWebSocketParams signParams(String method, Map<String, String> params) {
        return signParams(method, params, time.currentTimeMillis());
    }

    /** As {@link #signParams(String, Map)} with an explicit timestamp. */
    public SignedWebSocketParams signParams(String method, Map<String, String> params, long timestamp) {
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
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            if (payload.length() > 0) {
                payload.append('&');
            }
            payload.append(e.getKey()).append('=').append(e.getValue());
        }
        Map<String, String> signed = new LinkedHashMap<>(sorted);
        signed.put("signature", active.signer().signToString(payload));
        return new SignedWebSocketParams(signed, timestamp, payload.toString());
    }

    /** Configures a {@link WebSocketRequestSigner}. */
    public static final class Builder extends SignerSettings<Builder> {
        private Builder() {}

        /** The signer. */
        public WebSocketRequestSigner build() {
            return new WebSocketRequestSigner(this);
        }
    }
}
