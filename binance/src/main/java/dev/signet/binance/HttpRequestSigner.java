package dev.signet.binance;

import dev.signet.binance.internal.FormEncoding;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The part every HTTP adapter shares: whether a request goes to an exchange host (only those are signed and
 * carry the API key), and signing an outgoing request as the client built it. The caller's query and form body
 * are decoded, stale {@code timestamp}/{@code recvWindow}/{@code signature} are dropped (so a retried request is
 * re-signed with a fresh timestamp), and the request is re-encoded and signed by the {@link RequestSigner}.
 *
 * <pre>{@code HttpRequestSigner http = HttpRequestSigner.builder().requestSigner(signer).build();}</pre>
 */
public final class HttpRequestSigner {
    /** The exchange's production and testnet REST hosts. */
    public static final Set<String> DEFAULT_HOSTS = Set.of("api.binance.com", "api1.binance.com", "api2.binance.com",
            "api3.binance.com", "api4.binance.com", "api-gcp.binance.com", "fapi.binance.com", "dapi.binance.com",
            "testnet.binance.vision", "testnet.binancefuture.com");
    private static final Set<String> ADDED_BY_SIGNER = Set.of("timestamp", "recvWindow", "signature");

    private final RequestSigner signer;
    private final Set<String> hosts;

    private HttpRequestSigner(Builder b) {
        this.signer = Objects.requireNonNull(b.signer, "requestSigner");
        this.hosts = b.hosts;
    }

    /** A builder; hosts default to {@link #DEFAULT_HOSTS}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether requests to {@code uri} are signed and may carry the API key: a configured host over {@code https}
     * (plain {@code http} only to a loopback host, for a local test double). A redirect to plain {@code http}
     * therefore goes out unsigned, without the key.
     */
    public boolean signs(URI uri) {
        return isExchangeHost(uri) && isConfidential(uri);
    }

    private boolean isExchangeHost(URI uri) {
        return uri.getHost() != null && hosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
    }

    private static boolean isConfidential(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("https") || scheme.equals("http") && isLoopback(uri.getHost().toLowerCase(Locale.ROOT));
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") && host.chars().allMatch(c -> c == '.' || Character.isDigit(c))
                || host.equals("[::1]");
    }

    /**
     * Signs a request as the client built it.
     *
     * @param formBody the {@code application/x-www-form-urlencoded} body, or null/empty when there is none
     * @throws IllegalArgumentException if {@code uri}'s host is not an exchange host
     */
    public SignedRequest sign(String method, URI uri, String formBody) {
        if (!isExchangeHost(uri)) {
            throw new IllegalArgumentException("refusing to sign a request to " + uri.getHost() + ", which is not a configured exchange host");
        }
        if (!signs(uri)) {
            throw new IllegalArgumentException("refusing to sign a request to " + uri.getHost() + " over " + uri.getScheme()
                    + ": the API key and signature would travel unencrypted; use https://");
        }
        BinanceRequest.Builder request = BinanceRequest.of(method, uri.getRawPath());
        for (Map.Entry<String, String> p : fresh(FormEncoding.decode(uri.getRawQuery()))) {
            request.param(p.getKey(), p.getValue());
        }
        for (Map.Entry<String, String> p : fresh(FormEncoding.decode(formBody))) {
            request.bodyParam(p.getKey(), p.getValue());
        }
        return signer.sign(request.build());
    }

    private static List<Map.Entry<String, String>> fresh(List<Map.Entry<String, String>> params) {
        return params.stream().filter(p -> !ADDED_BY_SIGNER.contains(p.getKey())).collect(Collectors.toList());
    }

    /** Configures an {@link HttpRequestSigner}. */
    public static final class Builder {
        private RequestSigner signer;
        private Set<String> hosts = DEFAULT_HOSTS;

        private Builder() {}

        /** Signs with this signer (key, clock, recvWindow, guard). */
        public Builder requestSigner(RequestSigner signer) {
            this.signer = signer;
            return this;
        }

        /** Only these hosts are signed and receive the API key (default {@link #DEFAULT_HOSTS}). */
        public Builder allowedHosts(Set<String> hosts) {
            this.hosts = hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
            return this;
        }

        /** The signer. */
        public HttpRequestSigner build() {
            return new HttpRequestSigner(this);
        }
    }
}
