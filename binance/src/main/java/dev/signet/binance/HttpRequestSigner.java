package dev.signet.binance;

import dev.signet.binance.internal.FormEncoding;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules every HTTP adapter shares. The sign/don't-sign decision is made on the origin (scheme, host, port) the
 * client connects to: a call addressed to an allowed origin is signed on every hop to an allowed origin, each hop
 * with a fresh timestamp; a redirect of such a call to any other origin is refused; a call addressed elsewhere
 * passes unsigned and without the API key, even when a redirect leads it to the exchange. Signing decodes the
 * caller's query and form body, drops stale {@code timestamp}/{@code recvWindow}/{@code signature}, and re-encodes
 * and signs them with the {@link RequestSigner}.
 *
 * <pre>{@code HttpRequestSigner http = HttpRequestSigner.builder().requestSigner(signer).build();}</pre>
 */
public final class HttpRequestSigner {
    /** The exchange's production and testnet REST hosts (https, port 443). */
    public static final Set<String> DEFAULT_HOSTS = Set.of("api.binance.com", "api1.binance.com", "api2.binance.com",
            "api3.binance.com", "api4.binance.com", "api-gcp.binance.com", "fapi.binance.com", "dapi.binance.com",
            "testnet.binance.vision", "testnet.binancefuture.com");
    /** The largest form body an adapter reads to sign: 1 MiB. */
    public static final int MAX_FORM_BODY_BYTES = 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(HttpRequestSigner.class);
    private static final int MAX_LOGGED_HOSTS = 1024;
    private static final Set<String> ADDED_BY_SIGNER = Set.of("timestamp", "recvWindow", "signature");
    private static final String FORM = "application/x-www-form-urlencoded";

    private final RequestSigner signer;
    private final Set<String> hosts;
    private final Set<String> loggedHosts = ConcurrentHashMap.newKeySet();

    private HttpRequestSigner(Builder b) {
        this.signer = Objects.requireNonNull(b.signer, "requestSigner");
        this.hosts = b.hosts;
    }

    /** A builder; hosts default to {@link #DEFAULT_HOSTS}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether requests to {@code target} are signed and may carry the API key: an allowed host over {@code https}
     * (plain {@code http} only to a loopback host, for a local test double), on the allowed port — the entry's
     * port, else 443; a loopback host given without a port allows every port.
     */
    public boolean signs(URI target) {
        Origin origin = Origin.of(target);
        return origin != null && allowed(origin);
    }

    /**
     * Decides one hop of a call: {@code true} to sign it, {@code false} to send it as it is, unsigned and without
     * the {@link SignedRequest#API_KEY_HEADER} header (logged at DEBUG once per host).
     *
     * @param callTarget where the call's first hop connects (the origin the caller addressed)
     * @param hopTarget where this hop connects (the same for the first hop; a redirect's location after it)
     * @throws SigningRefusedException when the call goes to an exchange host over plain http, or a signed call is
     *     redirected to an origin outside the allow-list (nothing is sent there)
     */
    public boolean signs(URI callTarget, URI hopTarget) throws SigningRefusedException {
        Origin call = Origin.of(callTarget);
        if (call == null || !allowed(call)) {
            if (call != null && listed(call.host()) && !isConfidential(call)) {
                throw new SigningRefusedException("refusing to send a request to the exchange host " + call.host() + " over "
                        + call.scheme() + ": the exchange is reached over https only; use https://" + call.host());
            }
            logUnsigned(call, callTarget);
            return false;
        }
        Origin hop = Origin.of(hopTarget);
        if (hop != null && allowed(hop)) {
            return true;
        }
        throw new SigningRefusedException("refusing to follow a redirect of a signed request from " + call + " to "
                + (hop == null ? "a location without a host" : hop.toString()) + ", which is not an allowed exchange origin; "
                + "nothing was sent there. If it belongs to the exchange, add it with HttpRequestSigner.builder().allowedHosts(...)");
    }

    /**
     * Signs a request as the client built it.
     *
     * @param uri the request's URI: the origin it connects to, its raw path and query
     * @param contentType the body's media type; null is read as a form
     * @param formBody the {@code application/x-www-form-urlencoded} body, or null/empty when there is none
     * @throws SigningRefusedException when {@code uri} is not an allowed origin, the body is not a form or is over
     *     {@link #MAX_FORM_BODY_BYTES}, or the request or the guard refuses (the cause)
     */
    public SignedRequest sign(String method, URI uri, String contentType, String formBody) throws SigningRefusedException {
        Origin target = Origin.of(uri);
        if (target == null || !allowed(target)) {
            throw new SigningRefusedException("refusing to sign a request to " + (target == null ? "a URI without a host" : target)
                    + ", which is not an allowed exchange origin (allowed: " + new TreeSet<>(hosts) + ")");
        }
        String body = formBody == null ? "" : formBody;
        if (!body.isEmpty() && !isForm(contentType)) {
            throw new SigningRefusedException(method + " " + uri.getRawPath() + " was not signed: exchange request bodies must be "
                    + FORM + ", not " + printable(contentType) + "; send the parameters as a form or in the query");
        }
        if (body.length() > MAX_FORM_BODY_BYTES) {
            throw new SigningRefusedException(method + " " + uri.getRawPath() + " was not signed: its form body is over 1 MiB");
        }
        try {
            BinanceRequest.Builder request = BinanceRequest.of(method, uri.getRawPath());
            for (Map.Entry<String, String> p : fresh(FormEncoding.decode(uri.getRawQuery()))) {
                request.param(p.getKey(), p.getValue());
            }
            for (Map.Entry<String, String> p : fresh(FormEncoding.decode(body))) {
                request.bodyParam(p.getKey(), p.getValue());
            }
            return signer.sign(request.build());
        } catch (RuntimeException refused) {
            throw new SigningRefusedException(method + " " + uri.getRawPath() + " was not signed: " + refused.getMessage(), refused);
        }
    }

    /**
     * For adapters that send a {@link RequestWriter}: refuses unless {@code origin} is an allowed exchange origin given
     * alone (scheme, host, port; no path or query), then signs the writer on the calling thread (the writer is
     * thread-bound; a guard refusal or a closed signer becomes a {@link SigningRefusedException} and nothing is sent),
     * sends it with {@code exchange}, and when the exchange rejects the timestamp (-1021) measures the server time once
     * and, for a request safe to repeat, signs and sends it again once.
     *
     * @return the answer {@code exchange} sent back
     * @throws TimestampRejectedException when the timestamp was rejected and the request was not repeated
     */
    public <R, X extends Exception> R sendWritten(URI origin, RequestWriter writer, WrittenExchange<R, X> exchange) throws IOException, X {
        if (!signs(origin) || origin.getRawPath() != null && origin.getRawPath().length() > 1 || origin.getRawQuery() != null) {
            throw new SigningRefusedException("refusing to send " + writer + " to " + origin.getScheme() + "://" + origin.getRawAuthority()
                    + ": give the origin alone (scheme, host, port, no path) of an allowed exchange host, e.g. https://api.binance.com");
        }
        for (boolean repeated = false; ; repeated = true) {
            try {
                writer.sign();
            } catch (RuntimeException refused) {
                throw new SigningRefusedException(writer.method() + " " + writer.path() + " was not signed: " + refused.getMessage(), refused);
            }
            R answer = exchange.send(writer);
            if (!exchange.rejectsTimestamp(answer)) {
                return answer;
            }
            SignedRequest rejected = writer.toSignedRequest();
            if (repeated) {
                throw timestampRejected(rejected, true, null);
            }
            exchange.measureServerTime(rejected);
            if (!rejected.safeToRepeat()) {
                throw timestampRejected(rejected, false, null);
            }
        }
    }

    /**
     * How one HTTP client sends a {@link RequestWriter}'s signed request, for {@link #sendWritten}.
     *
     * @param <R> the client's answer
     * @param <X> the client's own checked exception besides {@link IOException}
     */
    public interface WrittenExchange<R, X extends Exception> {
        /** Sends the request {@code writer} has just signed, its bytes as they are. */
        R send(RequestWriter writer) throws IOException, X;

        /** Whether {@code answer} is the exchange's -1021; when it is, this releases it. */
        boolean rejectsTimestamp(R answer) throws IOException;

        /** Measures the server time once after {@code rejected}; a failure is thrown as {@link #timestampRejected}. */
        void measureServerTime(SignedRequest rejected) throws IOException, X;
    }

    /** The server-time offset the signer's timestamps use; adapters correct it when the exchange answers -1021. */
    public ServerTimeOffset serverTimeOffset() {
        return signer.serverTimeOffset();
    }

    /**
     * The error an adapter raises when the exchange rejected {@code rejected}'s timestamp and it does not repeat
     * the request: the message names the measured offset and why the request was not (or no longer) repeated.
     *
     * @param repeated whether the request was already repeated once with a corrected timestamp
     * @param measurementFailure why the server time could not be measured, or null
     */
    public TimestampRejectedException timestampRejected(SignedRequest rejected, boolean repeated, Exception measurementFailure) {
        long offset = serverTimeOffset().offsetMillis();
        StringBuilder message = new StringBuilder("the exchange rejected the timestamp of ").append(rejected.method()).append(' ')
                .append(rejected.path()).append(" (-1021: outside recvWindow); ");
        if (measurementFailure != null) {
            message.append("the server time could not be measured (").append(measurementFailure.getMessage())
                    .append("), so it was not repeated; the offset in use is ").append(offset).append(" ms");
        } else {
            message.append("measured offset: the exchange's clock is ").append(Math.abs(offset)).append(" ms ")
                    .append(offset >= 0 ? "ahead of" : "behind").append(" this machine's; ");
            message.append(repeated
                    ? "it was repeated once with a corrected timestamp and rejected again: check this machine's clock (NTP) "
                            + "and network delay, or raise recvWindow"
                    : "it was not repeated, because a " + rejected.method() + " without a newClientOrderId or listClientOrderId "
                            + "could act twice: send it again (later requests use the measured offset), or name the order "
                            + "with a client order id so adapters can repeat it");
        }
        return new TimestampRejectedException(message.toString(), offset, measurementFailure);
    }

    private boolean allowed(Origin origin) {
        if (!isConfidential(origin)) {
            return false;
        }
        if (hosts.contains(origin.host() + ":" + origin.port())) {
            return true;
        }
        return hosts.contains(origin.host()) && (isLoopback(origin.host()) || origin.port() == 443);
    }

    private boolean listed(String host) {
        for (String entry : hosts) {
            if (entry.equals(host) || entry.startsWith(host + ":")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConfidential(Origin origin) {
        return origin.scheme().equals("https") || origin.scheme().equals("http") && isLoopback(origin.host());
    }

    /** Whether {@code host} is {@code localhost}, {@code [::1]} or {@code 127.} and ASCII digits and dots. */
    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") && host.chars().allMatch(c -> c == '.' || c >= '0' && c <= '9')
                || host.equals("[::1]");
    }

    private void logUnsigned(Origin call, URI target) {
        String host = call == null ? String.valueOf(target.getHost()) : call.host();
        if (LOG.isDebugEnabled() && loggedHosts.size() < MAX_LOGGED_HOSTS && loggedHosts.add(host)) {
            LOG.debug("requests to {} are sent unsigned and without the API key: {} is not an allowed exchange origin "
                    + "(allowed: {}); to sign them add it to HttpRequestSigner.builder().allowedHosts(...), or for a MockExchange "
                    + "use exchange.signerFor(...). Logged once per host", host, call == null ? printable(String.valueOf(target)) : call,
                    new TreeSet<>(hosts));
        }
    }

    private static boolean isForm(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        int semicolon = contentType.indexOf(';');
        String mime = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        return mime.equals(FORM);
    }

    /** A header value for a message: control characters escaped, length bounded. */
    private static String printable(String value) {
        if (value == null) {
            return "none";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length() && out.length() < 100; i++) {
            char c = value.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return "'" + out + "'";
    }

    private static List<Map.Entry<String, String>> fresh(List<Map.Entry<String, String>> params) {
        List<Map.Entry<String, String>> kept = new ArrayList<>(params.size());
        for (Map.Entry<String, String> p : params) {
            if (!ADDED_BY_SIGNER.contains(p.getKey())) {
                kept.add(p);
            }
        }
        return kept;
    }

    /** Scheme, lower-case host (IPv6 in brackets) and port, the default port filled in. */
    private record Origin(String scheme, String host, int port) {
        static Origin of(URI uri) {
            if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
            return new Origin(scheme, uri.getHost().toLowerCase(Locale.ROOT), port);
        }

        @Override
        public String toString() {
            return scheme + "://" + host + ":" + port;
        }
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

        /**
         * Only these origins are signed and receive the API key (default {@link #DEFAULT_HOSTS}): each entry is
         * {@code host} (https on port 443; a loopback host on any port) or {@code host:port}, e.g.
         * {@code api.binance.com}, {@code 127.0.0.1:8443}, {@code [::1]:8080}.
         *
         * @throws IllegalArgumentException for an entry that is not a host or host:port
         */
        public Builder allowedHosts(Set<String> hosts) {
            Set<String> entries = new TreeSet<>();
            for (String entry : hosts) {
                entries.add(checkedEntry(entry));
            }
            this.hosts = Set.copyOf(entries);
            return this;
        }

        private static String checkedEntry(String entry) {
            String lower = Objects.requireNonNull(entry, "host").trim().toLowerCase(Locale.ROOT);
            int colon = lower.startsWith("[") ? lower.indexOf("]:") + 1 : lower.lastIndexOf(':');
            String host = colon > 0 ? lower.substring(0, colon) : lower;
            boolean portOk = colon <= 0 || lower.substring(colon + 1).matches("[1-9][0-9]{0,4}")
                    && Integer.parseInt(lower.substring(colon + 1)) <= 65535;
            boolean hostOk = host.matches("[a-z0-9._-]+|\\[[0-9a-f:.]+\\]");
            if (!portOk || !hostOk) {
                throw new IllegalArgumentException("allowed hosts are 'host' or 'host:port' (IPv6 as [::1]:8080), got " + printable(entry));
            }
            return lower;
        }

        /** The signer. */
        public HttpRequestSigner build() {
            return new HttpRequestSigner(this);
        }
    }
}
