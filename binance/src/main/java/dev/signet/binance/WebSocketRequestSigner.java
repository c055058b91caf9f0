package dev.signet.binance;

import dev.signet.binance.guard.PermissionDeniedException;
import dev.signet.binance.guard.RequestGuard;
import dev.signet.binance.guard.SigningPolicy;
import dev.signet.core.KeyedSigner;
import dev.signet.core.SignetException;
import dev.signet.core.SigningAlgorithm;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Signs WebSocket API requests: every parameter except {@code signature}, including {@code apiKey} and
 * {@code timestamp}, sorted by name and joined as {@code k=v&…} with raw UTF-8 values (no percent-encoding, so a name
 * or value holding {@code &} or {@code =} is refused: the signed text would read as other parameters). Each request is
 * first checked by the guard — {@link SigningPolicy#defaults()} unless code passes another — as the REST request it
 * mirrors on the configured {@link WebSocketApi} ({@code order.place} on SPOT as {@code POST /api/v3/order}, …).
 *
 * <p>The signature covers neither the method nor the connection, so a signed {@code session.logon} — or any request
 * whose only parameters are {@code apiKey}, {@code timestamp} and {@code recvWindow}, which signs the same text — would
 * log a session in whose later requests carry no signature and never meet the guard. A guarded signer therefore
 * refuses both; log in through a {@link GuardedWebSocketSession}, which checks every request it sends.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * WebSocketRequestSigner ws = WebSocketRequestSigner.builder().api(WebSocketApi.SPOT).keyedSigner(KeyedSigner.of(credentials)).build();
 * SignedWebSocketParams params = ws.signParams("order.place", Map.of("symbol", "BTCUSDT", "side", "BUY", "type", "MARKET", "quantity", "0.001"));
 * }</pre>
 */
public final class WebSocketRequestSigner {
    static final String LOGON = "session.logon";
    /** The parameters a {@code session.logon} signs besides {@code apiKey} and {@code timestamp}. */
    private static final Set<String> LOGON_PARAMS = Set.of("apiKey", "timestamp", "recvWindow");

    private final Supplier<KeyedSigner> keyedSigner;
    private final ServerTimeOffset time;
    private final RequestGuard guard;
    private final WebSocketApi api;

    private WebSocketRequestSigner(Builder b) {
        this.keyedSigner = b.requiredKeyedSigner();
        this.api = Objects.requireNonNull(b.api, "api: call api(WebSocketApi.SPOT), USDM_FUTURES or COINM_FUTURES, the API this "
                + "signer's requests go to, so its guard judges each method as the right endpoint");
        this.time = b.time;
        this.guard = b.guard;
        RequestSigner.warnIfUnguarded(guard, "WebSocketRequestSigner");
    }

    /** A builder: the system UTC clock with no server offset, the guard {@link SigningPolicy#defaults()}; the API must be set. */
    public static Builder builder() {
        return new Builder();
    }

    /** The {@code params} for {@code method}, with {@code apiKey}, {@code timestamp} and {@code signature} added. */
    public SignedWebSocketParams signParams(String method, Map<String, String> params) {
        return signParams(method, params, time.currentTimeMillis());
    }

    /**
     * As {@link #signParams(String, Map)} with an explicit timestamp.
     *
     * @throws PermissionDeniedException for {@code session.logon} or a request that signs the same text, unless the guard
     *     is {@link RequestGuard#unguarded()}; or when the guard refuses
     * @throws dev.signet.binance.guard.TradingLimitExceededException when a trading limit refuses
     */
    public SignedWebSocketParams signParams(String method, Map<String, String> params, long timestamp) {
        checkMethodName(method);
        if (guard != RequestGuard.unguarded()) {
            if (LOGON.equals(method)) {
                throw new PermissionDeniedException("session.logon would open a session whose requests carry no signature, so this "
                        + "signer's guard could not see them; log in through GuardedWebSocketSession, which checks each request it "
                        + "sends. Nothing was signed");
            }
            if (LOGON_PARAMS.containsAll(params.keySet())) {
                throw new PermissionDeniedException(method + " with no parameters besides apiKey, timestamp and recvWindow signs the "
                        + "same text as session.logon (the signature does not cover the method), so its signature would log a session "
                        + "in; send it through GuardedWebSocketSession, or add one of its parameters. Nothing was signed");
            }
            guard.check(WebSocketMethods.asRestRequest(api, method, params));
        }
        return sign(method, params, timestamp);
    }

    /** A signed {@code session.logon}; only {@link GuardedWebSocketSession} asks for one. */
    SignedWebSocketParams signLogon(long timestamp) {
        return sign(LOGON, Map.of(), timestamp);
    }

    private SignedWebSocketParams sign(String method, Map<String, String> params, long timestamp) {
        KeyedSigner active = keyedSigner.get();
        SigningAlgorithm algorithm = active.signer().algorithm();
        if (LOGON.equals(method) && algorithm != SigningAlgorithm.ED25519) {
            throw new SignetException("session.logon accepts Ed25519 keys only, this key is " + algorithm
                    + "; sign each request instead, or register an Ed25519 key (signet keygen --algorithm ed25519)");
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> p : params.entrySet()) {
            sorted.put(plain(p.getKey(), "name"), plain(p.getValue(), "value of " + p.getKey()));
        }
        if (sorted.containsKey("signature")) {
            throw new IllegalArgumentException("'signature' is added by the signer; remove it from the params");
        }
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

    /** A name or value that cannot change how the signed {@code k=v&…} text splits. */
    private static String plain(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.indexOf('&') >= 0 || text.indexOf('=') >= 0) {
            throw new IllegalArgumentException("a WebSocket parameter " + what + " must not contain '&' or '=': the signed text "
                    + "k=v&… would then also sign other parameters");
        }
        return text;
    }

    /** A WebSocket API method name: letters, digits, '.', '_' and '/'. */
    static void checkMethodName(String method) {
        Objects.requireNonNull(method, "method: the WebSocket API method the params are for, e.g. order.place");
        boolean ok = !method.isEmpty() && method.length() <= 64;
        for (int i = 0; ok && i < method.length(); i++) {
            char c = method.charAt(i);
            ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '/';
        }
        if (!ok) {
            throw new IllegalArgumentException("a WebSocket API method name is letters, digits, '.', '_' and '/', e.g. order.place");
        }
    }

    RequestGuard guard() {
        return guard;
    }

    WebSocketApi api() {
        return api;
    }

    long currentTimeMillis() {
        return time.currentTimeMillis();
    }

    /** Configures a {@link WebSocketRequestSigner}. */
    public static final class Builder extends SignerSettings<Builder> {
        private WebSocketApi api;

        private Builder() {}

        /** The WebSocket API the signed requests go to (required): it decides which endpoint each method is. */
        public Builder api(WebSocketApi api) {
            this.api = Objects.requireNonNull(api, "api");
            return this;
        }

        /** The signer. */
        public WebSocketRequestSigner build() {
            return new WebSocketRequestSigner(this);
        }
    }
}
