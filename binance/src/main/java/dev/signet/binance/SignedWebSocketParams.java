package dev.signet.binance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code params} object of a signed WebSocket API request: the caller's parameters plus {@code apiKey} and
 * {@code timestamp}, sorted by name, then {@code signature}. {@link #toJson()} writes it as the exchange expects it,
 * {@code timestamp} as a JSON number and every other value as a string.
 *
 * <pre>{@code String frame = "{\"id\":\"1\",\"method\":\"order.place\",\"params\":" + signed.toJson() + "}";}</pre>
 */
public final class SignedWebSocketParams {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> values;
    private final long timestamp;
    private final String signedPayload;

    SignedWebSocketParams(Map<String, String> sortedWithSignature, long timestamp, String signedPayload) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(sortedWithSignature));
        this.timestamp = timestamp;
        this.signedPayload = signedPayload;
    }

    /** Every parameter in sending order ({@code signature} last), all as strings. */
    public Map<String, String> values() {
        return values;
    }

    /** One parameter, or null. */
    public String get(String name) {
        return values.get(name);
    }

    /** The signature in its wire form (hex for HMAC, base64 otherwise). */
    public String signature() {
        return values.get("signature");
    }

    /** The {@code timestamp} that was signed. */
    public long timestamp() {
        return timestamp;
    }

    /** The exact text that was signed: {@code k=v&…} over every parameter but {@code signature}. */
    public String signedPayload() {
        return signedPayload;
    }

    /** The params object as JSON text, {@code timestamp} as a number. */
    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>(values);
        json.put("timestamp", timestamp);
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serializes", e);
        }
    }

    @Override
    public String toString() {
        return "SignedWebSocketParams" + values.keySet();
    }
}
