package dev.signet.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.signet.binance.guard.Scope;
import dev.signet.core.ApiKey;
import dev.signet.core.Signers;
import dev.signet.core.VerificationKey;
import dev.signet.testkit.internal.ExchangeScopes;
import dev.signet.testkit.internal.RequestCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
 * with the exchange's JSON error codes. {@code GET /api/v3/time} serves its clock.
 *
 * <pre>{@code
 * try (MockExchange exchange = MockExchange.start()) {
 *     exchange.registerKey(apiKey, signingKey.verificationKey());
 *     // point the bot at exchange.baseUri() and assert on exchange.requests()
 * }
 * }</pre>
 */
public final class MockExchange implements AutoCloseable {
    private static final Set<String> PUBLIC_PATHS = Set.of("/api/v3/time", "/api/v3/ping", "/api/v3/exchangeInfo",
            "/api/v3/ticker/price", "/api/v3/depth");

    private final HttpServer server;
    private final ExecutorService executor;
    private final Clock clock;
    private final Map<String, RegisteredKey> keys = new ConcurrentHashMap<>();
    private final Map<String, URI> redirects = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Set<InetAddress> allowedIps = ConcurrentHashMap.newKeySet();

    private MockExchange(Clock clock) throws IOException {
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
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
        return start(Clock.systemUTC());
    }

    /** Starts a mock on a free loopback port whose server time is {@code clock}. */
    public static MockExchange start(Clock clock) {
        try {
            return new MockExchange(clock);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a loopback port for MockExchange", e);
        }
    }

    /** {@code http://127.0.0.1:PORT}, the base URI to point a client at. */
    public URI baseUri() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort());
    }

    /** The port. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Registers a trading key: every scope except {@link Scope#WITHDRAW}, {@link Scope#TRANSFER} and {@link Scope#KEY_MANAGEMENT}. */
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
        redirects.put(path, location);
        return this;
    }

    /** The mock's clock in epoch milliseconds. */
    public long serverTimeMillis() {
        return clock.millis();
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

            URI redirect = redirects.get(path);
            if (redirect != null) {
                http.getResponseHeaders().add("Location", redirect.toString());
                record(method, path, rawQuery, body, apiKey, headers, 307, 0);
                send(http, 307, "");
                return;
            }
            if (PUBLIC_PATHS.contains(path)) {
                String json = path.equals("/api/v3/time") ? "{\"serverTime\":" + clock.millis() + "}" : "{}";
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
        Optional<ExchangeError> signed = RequestCheck.check(rawQuery, body, key.verifier(), clock.millis());
        if (signed.isPresent()) {
            return signed;
        }
        Scope scope = ExchangeScopes.scopeOf(method, path);
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
}
