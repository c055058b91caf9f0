package dev.signet.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.RequestSigner;
import dev.signet.binance.guard.Scope;
import dev.signet.core.ApiKey;
import dev.signet.core.CredentialMetadata;
import dev.signet.core.Credentials;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Signers;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import dev.signet.core.VerificationKey;
import dev.signet.testkit.internal.AnswerScript;
import dev.signet.testkit.internal.ExchangeScopes;
import dev.signet.testkit.internal.RequestCheck;
import dev.signet.testkit.internal.TestKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An offline stand-in for the exchange's REST API on a loopback port. It checks every signed request the way
 * the exchange does — API key, IP allow-list, mandatory parameters, the signature over the raw query + body,
 * {@code timestamp} against {@code recvWindow} with its own clock, and the key's permission scopes, judged by its own
 * table of the exchange's documented endpoints (not the client's), so a client mapping error shows — and answers
 * with the exchange's JSON error codes. {@code GET /api/v3/time} serves its clock, which a test can skew. It can
 * listen on any loopback address, over https with a {@link LoopbackTls} certificate, and be told to redirect or to
 * answer a path with a given status, so adapters' redirect and retry handling can be tested.
 *
 * <pre>{@code
 * try (MockExchange exchange = MockExchange.start()) {
 *     Credentials credentials = exchange.testCredentials(SigningAlgorithm.ED25519); // registered with the mock
 *     // point the bot at exchange.baseUri(), sign with exchange.signerFor(credentials), assert on exchange.requests()
 * }
 * }</pre>
 */
public final class MockExchange implements AutoCloseable {
    static {
        // the JDK server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm meeting the
        // client's delayed ACK holds every answer ~40 ms. Read once, when the first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final Set<String> PUBLIC_PATHS = Set.of("/api/v3/time", "/api/v3/ping", "/api/v3/exchangeInfo",
            "/api/v3/ticker/price", "/api/v3/depth");

    private final HttpServer server;
    private final ExecutorService executor;
    private final Clock clock;
    private final String scheme;
    private final Map<String, RegisteredKey> keys = new ConcurrentHashMap<>();
    private final AnswerScript script = new AnswerScript();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Set<InetAddress> allowedIps = ConcurrentHashMap.newKeySet();
    private final List<AutoCloseable> issued = new CopyOnWriteArrayList<>();
    private volatile long skewMillis;

    private MockExchange(Builder b) throws IOException {
        this.clock = b.clock;
        InetSocketAddress address = new InetSocketAddress(b.address, 0);
        if (b.tls == null) {
            this.server = HttpServer.create(address, 0);
            this.scheme = "http";
        } else {
            HttpsServer https = HttpsServer.create(address, 0);
            https.setHttpsConfigurator(new HttpsConfigurator(b.tls.serverContext()));
            this.server = https;
            this.scheme = "https";
        }
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "mock-exchange");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a mock on a free loopback port with the system clock. */
    public static MockExchange start() {
        return builder().start();
    }

    /** Starts a mock on a free loopback port whose server time is {@code clock}. */
    public static MockExchange start(Clock clock) {
        return builder().clock(clock).start();
    }

    /** A builder: plain http on {@code 127.0.0.1}, the system clock. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://127.0.0.1:PORT} (or {@code https://}, another loopback address), the base URI to point a client at. */
    public URI baseUri() {
        return URI.create(scheme + "://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort());
    }

    /** {@code 127.0.0.1:PORT}, this mock's origin as {@link HttpRequestSigner.Builder#allowedHosts} takes it. */
    public String hostAndPort() {
        return server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** The port. */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Registers a trading key: every scope except {@link Scope#WITHDRAW}, {@link Scope#TRANSFER} and
     * {@link Scope#KEY_MANAGEMENT}. A path the exchange's docs do not list is answered 404 whatever the key.
     */
    public MockExchange registerKey(ApiKey apiKey, VerificationKey key) {
        Set<Scope> scopes = EnumSet.allOf(Scope.class);
        scopes.removeAll(EnumSet.of(Scope.WITHDRAW, Scope.TRANSFER, Scope.KEY_MANAGEMENT));
        return registerKey(apiKey, key, scopes);
    }

    /** Registers an API key that may call endpoints of the given scopes only. */
    public MockExchange registerKey(ApiKey apiKey, VerificationKey key, Set<Scope> scopes) {
        RegisteredKey previous = keys.put(apiKey.value(), new RegisteredKey(Signers.verifierFor(key), Set.copyOf(scopes)));
        if (previous != null) {
            previous.verifier().close();
        }
        return this;
    }

    /** Restricts signed requests to these client addresses (the exchange's IP allow-list); empty = any. */
    public MockExchange allowOnlyIps(Set<InetAddress> ips) {
        allowedIps.clear();
        allowedIps.addAll(ips);
        return this;
    }

    /** Answers requests to {@code path} with a 307 redirect to {@code location} (to test clients' redirect handling). */
    public MockExchange redirect(String path, URI location) {
        return redirect(path, 307, location);
    }

    /**
     * Answers every request to {@code path} with a redirect: {@code status} (301, 302, 303, 307, 308) and a
     * {@code Location} of {@code location}. The request is still checked and recorded with the error code the
     * exchange would have answered.
     */
    public MockExchange redirect(String path, int status, URI location) {
        script.redirect(path, status, location);
        return this;
    }

    /**
     * Answers the next request to {@code path} with {@code status}, an empty body and {@code headers} (e.g. 503 with
     * {@code Retry-After: 0}, to test a client's retries); later requests are answered as usual. Calls queue up. The
     * request is still checked and recorded with the error code the exchange would have answered.
     */
    public MockExchange answerNext(String path, int status, Map<String, String> headers) {
        script.answerNext(path, status, headers);
        return this;
    }

    /** Sets the mock's clock {@code skew} ahead of the clock it started with (negative: behind); replaces the last skew. */
    public MockExchange clockSkew(Duration skew) {
        this.skewMillis = skew.toMillis();
        return this;
    }

    /** Forgets redirects, queued answers and clock skew (keys and recorded requests stay). */
    public MockExchange resetBehaviour() {
        script.clear();
        skewMillis = 0;
        return this;
    }

    /** The mock's clock in epoch milliseconds, skew included. */
    public long serverTimeMillis() {
        return clock.millis() + skewMillis;
    }

    /**
     * New test credentials: a random API key and a fresh key of {@code algorithm} (RSA 2048 bits), registered with
     * this mock. Closing the mock wipes them.
     */
    public Credentials testCredentials(SigningAlgorithm algorithm) {
        ApiKey apiKey = TestKeys.apiKey();
        SigningKey key = TestKeys.signingKey(algorithm);
        Credentials credentials = new Credentials(apiKey, key, new CredentialMetadata("MockExchange test credentials",
                Instant.now(), key.fingerprint()));
        issued.add(credentials);
        registerKey(apiKey, key.verificationKey());
        return credentials;
    }

    /**
     * An {@link HttpRequestSigner} that signs with {@code credentials} and may sign requests to this mock — a
     * loopback origin, which the default allow-list (the exchange's hosts) leaves unsigned.
     */
    public HttpRequestSigner signerFor(Credentials credentials) {
        return signerFor(credentials.apiKey(), credentials.signingKey());
    }

    /** As {@link #signerFor(Credentials)}, for an API key and signing key; the signer made is closed with the mock. */
    public HttpRequestSigner signerFor(ApiKey apiKey, SigningKey signingKey) {
        KeyedSigner keyed = new KeyedSigner(apiKey, Signers.forKey(signingKey), signingKey.fingerprint());
        issued.add(keyed);
        return signerFor(RequestSigner.builder().keyedSigner(keyed).build());
    }

    /** {@code signer} (configured as in production: guard, recvWindow, …), allowed to sign requests to this mock. */
    public HttpRequestSigner signerFor(RequestSigner signer) {
        return HttpRequestSigner.builder().requestSigner(Objects.requireNonNull(signer, "signer")).allowedHosts(Set.of(hostAndPort())).build();
    }

    /** Every request received so far, in order. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Forgets the recorded requests. */
    public void clearRequests() {
        requests.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        keys.values().forEach(k -> k.verifier().close());
        keys.clear();
        for (AutoCloseable wiped : issued) {
            try {
                wiped.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot close test credentials", e);
            }
        }
        issued.clear();
    }

    private void handle(HttpExchange http) throws IOException {
        try (http) {
            String method = http.getRequestMethod();
            String path = http.getRequestURI().getPath();
            String rawQuery = Optional.ofNullable(http.getRequestURI().getRawQuery()).orElse("");
            String body = readBody(http.getRequestBody());
            Map<String, String> headers = new TreeMap<>();
            http.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
            Optional<String> apiKey = Optional.ofNullable(headers.get("x-mbx-apikey"));

            AnswerScript.Answer answer = script.next(path);
            if (answer != null) {
                Optional<ExchangeError> error = PUBLIC_PATHS.contains(path) ? Optional.empty()
                        : check(method, path, rawQuery, body, apiKey, http.getRemoteAddress().getAddress());
                answer.headers().forEach(http.getResponseHeaders()::add);
                record(method, path, rawQuery, body, apiKey, headers, answer.status(), error.map(ExchangeError::code).orElse(0));
                send(http, answer.status(), "");
                return;
            }
            if (PUBLIC_PATHS.contains(path)) {
                String json = path.equals("/api/v3/time") ? "{\"serverTime\":" + serverTimeMillis() + "}" : "{}";
                record(method, path, rawQuery, body, apiKey, headers, 200, 0);
                send(http, 200, json);
                return;
            }
            Optional<ExchangeError> error = check(method, path, rawQuery, body, apiKey, http.getRemoteAddress().getAddress());
            int status = error.map(ExchangeError::httpStatus).orElse(200);
            record(method, path, rawQuery, body, apiKey, headers, status, error.map(ExchangeError::code).orElse(0));
            send(http, status, error.map(ExchangeError::json).orElse("{\"endpoint\":\"" + path + "\",\"status\":\"ACCEPTED\"}"));
        }
    }

    private Optional<ExchangeError> check(String method, String path, String rawQuery, String body, Optional<String> apiKey,
            InetAddress client) {
        Scope scope = ExchangeScopes.scopeOf(method, path);
        if (scope == Scope.UNKNOWN) { // a path the docs do not list (a typo, //, a trailing slash, ;params): not routed
            return Optional.of(ExchangeError.NO_SUCH_ENDPOINT);
        }
        if (apiKey.isEmpty()) {
            return Optional.of(ExchangeError.BAD_API_KEY_FORMAT);
        }
        RegisteredKey key = keys.get(apiKey.get());
        if (key == null) {
            return Optional.of(ExchangeError.BAD_API_KEY_FORMAT);
        }
        if (!allowedIps.isEmpty() && !allowedIps.contains(client)) {
            return Optional.of(ExchangeError.REJECTED_KEY_IP_OR_PERMISSION);
        }
        Optional<ExchangeError> signed = RequestCheck.check(rawQuery, body, key.verifier(), serverTimeMillis());
        if (signed.isPresent()) {
            return signed;
        }
        return key.scopes().contains(scope) ? Optional.empty() : Optional.of(ExchangeError.REJECTED_KEY_IP_OR_PERMISSION);
    }

    private void record(String method, String path, String rawQuery, String body, Optional<String> apiKey,
            Map<String, String> headers, int status, int code) {
        requests.add(new RecordedRequest(method, path, rawQuery, body, apiKey, Map.copyOf(headers), status, code));
    }

    private static String readBody(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    private static void send(HttpExchange http, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        http.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        http.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(bytes);
        }
    }

    private record RegisteredKey(dev.signet.core.Verifier verifier, Set<Scope> scopes) {}

    /** Configures a {@link MockExchange}. */
    public static final class Builder {
        private InetAddress address = InetAddress.getLoopbackAddress();
        private Clock clock = Clock.systemUTC();
        private LoopbackTls tls;

        private Builder() {}

        /**
         * Listens on this loopback address (e.g. {@code 127.0.0.2}, to play another host).
         *
         * @throws IllegalArgumentException for an address that is not loopback
         */
        public Builder address(InetAddress loopback) {
            if (!loopback.isLoopbackAddress()) {
                throw new IllegalArgumentException("MockExchange listens on loopback addresses only, not " + loopback.getHostAddress());
            }
            this.address = loopback;
            return this;
        }

        /** The mock's server time (before any {@link MockExchange#clockSkew skew}). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Serves https with this certificate; clients trust it through {@link LoopbackTls#clientContext()}. */
        public Builder https(LoopbackTls tls) {
            this.tls = Objects.requireNonNull(tls, "tls");
            return this;
        }

        /** Starts the mock on a free port. */
        public MockExchange start() {
            try {
                return new MockExchange(this);
            } catch (IOException e) {
                throw new IllegalStateException("cannot open a loopback port for MockExchange", e);
            }
        }
    }
}
