package dev.signet.binance;

import dev.signet.binance.guard.EndpointScopes;
import dev.signet.binance.guard.Scope;
import dev.signet.binance.internal.PercentEncoding;
import dev.signet.binance.internal.Quoted;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A REST request before signing: method, path and parameters in the order they will be sent (the exchange signs
 * what is sent, so nothing is reordered). Values are raw (Signet percent-encodes them); numbers are integral types
 * or {@link BigDecimal}, written in plain notation. There is deliberately no {@code double} overload: binary
 * floating point cannot say {@code 0.1}; use {@code new BigDecimal("0.1")} or {@code BigDecimal.valueOf(d)}.
 *
 * <pre>{@code BinanceRequest.post("/api/v3/order").bodyParam("symbol", "LTCBTC").bodyParam("quantity", new BigDecimal("1")).build();}</pre>
 *
 * @param method the HTTP method, upper case
 * @param path the path, e.g. {@code /api/v3/order}
 * @param queryParams query parameters in sending order
 * @param bodyParams form-body parameters in sending order; empty means the request has no body
 */
public record BinanceRequest(String method, String path, List<Map.Entry<String, String>> queryParams,
        List<Map.Entry<String, String>> bodyParams) {
    /** The class of {@link Map#entry}'s results, which cannot change after they are checked. */
    private static final Class<?> IMMUTABLE_ENTRY = Map.entry("", "").getClass();

    /**
     * Copies and checks the parts: the path is plain segments of unreserved characters (no empty, {@code .} or
     * {@code ..} segment, no escapes such as {@code %61}, no query or {@code ;}), so the scope and limits checked are
     * those of the endpoint the server routes to — the scope map itself ignores case, as the exchange's routing does;
     * every parameter name is unreserved and none is one the signer adds.
     *
     * @throws IllegalArgumentException naming the part that is refused
     */
    public BinanceRequest {
        method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        checkPath(Objects.requireNonNull(path, "path"));
        queryParams = checkedCopy(queryParams);
        bodyParams = checkedCopy(bodyParams);
    }

    /** One pass, no allocation: this runs for every order. */
    private static void checkPath(String path) {
        int n = path.length();
        boolean plain = n > 1 && path.charAt(0) == '/';
        int segment = 1;
        for (int i = 1; plain && i <= n; i++) {
            if (i == n || path.charAt(i) == '/') {
                int length = i - segment;
                plain = length > 0 && !isDotSegment(path, segment, length);
                segment = i + 1;
            } else {
                plain = PercentEncoding.isUnreserved(path.charAt(i));
            }
        }
        if (!plain) {
            throw new IllegalArgumentException("path must be '/'-separated segments of A-Z a-z 0-9 - . _ ~ with no '.', '..' "
                    + "or empty segment, escape or query, e.g. /api/v3/order; got " + Quoted.of(path, 200));
        }
    }

    private static List<Map.Entry<String, String>> immutableEntries(List<Map.Entry<String, String>> params) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(params.size());
        for (Map.Entry<String, String> p : params) {
            String name = Objects.requireNonNull(p.getKey(), "parameter name");
            entries.add(Map.entry(name, Objects.requireNonNull(p.getValue(), () -> "value of parameter " + name)));
        }
        return List.copyOf(entries);
    }

    private static boolean isDotSegment(String path, int start, int length) {
        return path.charAt(start) == '.' && (length == 1 || length == 2 && path.charAt(start + 1) == '.');
    }

    /** A validated, immutable copy: a caller's mutable entries are copied first, so they cannot change after the check. */
    private static List<Map.Entry<String, String>> checkedCopy(List<Map.Entry<String, String>> params) {
        List<Map.Entry<String, String>> copy = List.copyOf(params);
        for (Map.Entry<String, String> p : copy) {
            if (p.getClass() != IMMUTABLE_ENTRY) {
                copy = immutableEntries(copy);
                break;
            }
        }
        for (Map.Entry<String, String> p : copy) {
            String name = p.getKey();
            if (!isUnreserved(name)) {
                throw new IllegalArgumentException("parameter name '" + name + "' must use only A-Z a-z 0-9 - . _ ~");
            }
            if (name.equals("signature") || name.equals("timestamp") || name.equals("recvWindow")) {
                throw new IllegalArgumentException("'" + name + "' is added by the RequestSigner; configure it there instead");
            }
        }
        return copy;
    }

    private static boolean isUnreserved(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!PercentEncoding.isUnreserved(text.charAt(i))) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /** Whether parameters travel in a form body (then recvWindow, timestamp and signature go there too). */
    public boolean hasBody() {
        return !bodyParams.isEmpty();
    }

    /** The scope this endpoint needs ({@link EndpointScopes}, matched without regard to case). */
    public Scope scope() {
        return EndpointScopes.scopeOf(method, path);
    }

    /** Starts a GET request. */
    public static Builder get(String path) {
        return new Builder("GET", path);
    }

    /** Starts a POST request. */
    public static Builder post(String path) {
        return new Builder("POST", path);
    }

    /** Starts a DELETE request. */
    public static Builder delete(String path) {
        return new Builder("DELETE", path);
    }

    /** Starts a request with any method. */
    public static Builder of(String method, String path) {
        return new Builder(method, path);
    }

    /** Collects parameters in order. */
    public static final class Builder {
        private final String method;
        private final String path;
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private final List<Map.Entry<String, String>> body = new ArrayList<>();

        private Builder(String method, String path) {
            this.method = method;
            this.path = path;
        }

        /** Adds a query parameter with a raw string value. */
        public Builder param(String name, String value) {
            query.add(entry(name, value));
            return this;
        }

        /** Adds an integral query parameter. */
        public Builder param(String name, long value) {
            return param(name, Long.toString(value));
        }

        /** Adds a decimal query parameter in plain notation (never {@code 1E+1}). */
        public Builder param(String name, BigDecimal value) {
            return param(name, value.toPlainString());
        }

        /** Adds a form-body parameter with a raw string value. */
        public Builder bodyParam(String name, String value) {
            body.add(entry(name, value));
            return this;
        }

        /** Adds an integral form-body parameter. */
        public Builder bodyParam(String name, long value) {
            return bodyParam(name, Long.toString(value));
        }

        /** Adds a decimal form-body parameter in plain notation. */
        public Builder bodyParam(String name, BigDecimal value) {
            return bodyParam(name, value.toPlainString());
        }

        /** The request. */
        public BinanceRequest build() {
            return new BinanceRequest(method, path, query, body);
        }

        private static Map.Entry<String, String> entry(String name, String value) {
            return Map.entry(Objects.requireNonNull(name, "parameter name"),
                    Objects.requireNonNull(value, () -> "value of parameter " + name));
        }
    }
}
