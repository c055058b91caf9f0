package dev.signet.testkit;

import dev.signet.binance.internal.FormEncoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request as the {@link MockExchange} received it, and how it answered.
 *
 * <pre>{@code assertThat(exchange.requests()).extracting(RecordedRequest::errorCode).containsOnly(0);}</pre>
 *
 * @param method the HTTP method
 * @param path the path, without query
 * @param rawQuery the query string exactly as sent (not decoded), or {@code ""}
 * @param body the body exactly as sent, or {@code ""}
 * @param apiKeyHeader the {@code X-MBX-APIKEY} header, if sent
 * @param headers every request header (first value of each, lower-case names)
 * @param httpStatus the status the mock answered
 * @param errorCode the exchange error code answered ({@code -1022}, …), or 0 when accepted
 */
public record RecordedRequest(String method, String path, String rawQuery, String body, Optional<String> apiKeyHeader,
        Map<String, String> headers, int httpStatus, int errorCode) {

    /** Whether the request was accepted. */
    public boolean accepted() {
        return errorCode == 0 && httpStatus == 200;
    }

    /**
     * The parameters as the exchange reads them: the query's, then the form body's, decoded, in order.
     *
     * @throws IllegalArgumentException when the query or body is not validly encoded (the exchange answers -1100)
     */
    public List<Map.Entry<String, String>> params() {
        List<Map.Entry<String, String>> params = new ArrayList<>(FormEncoding.decode(rawQuery));
        params.addAll(FormEncoding.decode(body));
        return params;
    }

    /** The first value of parameter {@code name} in {@link #params()}. */
    public Optional<String> param(String name) {
        return params().stream().filter(p -> p.getKey().equals(name)).map(Map.Entry::getValue).findFirst();
    }
}
