package dev.signet.binance;

import java.net.URI;
import java.util.Set;

/**
 * A signed REST request: exactly the query string and body to send, and the API key header. The bytes that were
 * signed are {@code query + body} minus the trailing {@code signature} parameter.
 *
 * <pre>{@code HttpRequest.newBuilder(signed.uri(base)).header(SignedRequest.API_KEY_HEADER, signed.apiKey())}</pre>
 *
 * @param method the HTTP method
 * @param path the path
 * @param query the encoded query string without {@code ?}, {@code ""} when empty
 * @param body the encoded form body, {@code ""} when the request has none
 * @param apiKey the value for {@link #API_KEY_HEADER}
 */
public record SignedRequest(String method, String path, String query, String body, String apiKey) {
    /** The header that carries the API key. */
    public static final String API_KEY_HEADER = "X-MBX-APIKEY";
    /** Methods whose repetition cannot do anything twice on the exchange. */
    private static final Set<String> REPEATABLE_METHODS = Set.of("GET", "HEAD", "DELETE");
    /** Parameters that make the exchange refuse a second order with the same id. */
    private static final Set<String> CLIENT_ORDER_IDS = Set.of("newClientOrderId", "listClientOrderId");

    /** The exact string that was signed: {@code query + body} as sent, without the trailing {@code &signature=…}. */
    public String signedPayload() {
        String sent = query + body;
        return sent.substring(0, sent.lastIndexOf("&signature="));
    }

    /** The path with {@code ?query} when there is one. */
    public String pathWithQuery() {
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** The full URI against a base such as {@code https://api.binance.com}. */
    public URI uri(URI base) {
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1) : base.toString();
        return URI.create(root + pathWithQuery());
    }

    /** Whether the request carries a form body. */
    public boolean hasBody() {
        return !body.isEmpty();
    }

    /**
     * Whether sending this request a second time cannot do anything twice: a {@code GET}, {@code HEAD} or
     * {@code DELETE}, or a request that names its order with a non-empty {@code newClientOrderId} or
     * {@code listClientOrderId} (the exchange refuses a second order with the same id). Adapters repeat a request
     * the exchange rejected for its timestamp only when this holds.
     */
    public boolean safeToRepeat() {
        return REPEATABLE_METHODS.contains(method) || namesItsOrder(query) || namesItsOrder(body);
    }

    private static boolean namesItsOrder(String encoded) {
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && eq < pair.length() - 1 && CLIENT_ORDER_IDS.contains(pair.substring(0, eq))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "SignedRequest[" + method + " " + path + "]";
    }
}
