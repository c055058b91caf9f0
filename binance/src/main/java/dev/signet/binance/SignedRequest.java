package dev.signet.binance;

import java.net.URI;

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

    @Override
    public String toString() {
        return "SignedRequest[" + method + " " + path + "]";
    }
}
