package dev.signet.testkit.internal;

import dev.signet.binance.guard.Scope;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The mock exchange's own map from endpoint to the key permission it needs, read from {@code exchange-endpoints.tsv}:
 * every endpoint of the exchange's docs, written from the docs and not from the client's {@code EndpointScopes}, so a
 * wrong client mapping is caught by a test against the mock. Paths match without regard to case, as the exchange
 * routes them; an endpoint not in the docs is {@link Scope#UNKNOWN}.
 */
public final class ExchangeScopes {
    /** As documented: {@code "METHOD /path"} to scope. */
    private static final Map<String, Scope> DOCUMENTED = load();
    /** The same, keyed by method and lower-case path. */
    private static final Map<String, Scope> BY_KEY = index(DOCUMENTED);

    private ExchangeScopes() {}

    /** The scope {@code method} on {@code path} needs on the exchange, or UNKNOWN for an undocumented endpoint. */
    public static Scope scopeOf(String method, String path) {
        return BY_KEY.getOrDefault(key(method, path), Scope.UNKNOWN);
    }

    /** Every documented endpoint, {@code "METHOD /path"}, with its scope. */
    public static Map<String, Scope> all() {
        return DOCUMENTED;
    }

    private static Map<String, Scope> index(Map<String, Scope> documented) {
        Map<String, Scope> byKey = new LinkedHashMap<>();
        documented.forEach((endpoint, scope) -> {
            int space = endpoint.indexOf(' ');
            if (byKey.put(key(endpoint.substring(0, space), endpoint.substring(space + 1)), scope) != null) {
                throw new IllegalStateException("exchange-endpoints.tsv lists " + endpoint + " twice");
            }
        });
        return Map.copyOf(byKey);
    }

    private static String key(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path.toLowerCase(Locale.ROOT);
    }

    private static Map<String, Scope> load() {
        Map<String, Scope> scopes = new LinkedHashMap<>();
        try (InputStream in = ExchangeScopes.class.getResourceAsStream("exchange-endpoints.tsv");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] columns = line.split("\t");
                    scopes.put(columns[0] + " " + columns[1], Scope.valueOf(columns[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mock exchange's endpoint table", e);
        }
        return Map.copyOf(scopes);
    }
}
