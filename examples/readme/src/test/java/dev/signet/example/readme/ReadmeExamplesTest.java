package dev.signet.example.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.BinanceRequest;
import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.RequestSigner;
import dev.signet.binance.SignedRequest;
import dev.signet.binance.guard.PermissionDeniedException;
import dev.signet.binance.guard.TradingLimitExceededException;
import dev.signet.core.ApiKey;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Secret;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import dev.signet.core.VerificationKey;
import dev.signet.http.jdk.SignedHttpClient;
import dev.signet.keys.KeyFiles;
import dev.signet.keys.SigningKeyGenerator;
import dev.signet.testkit.MockExchange;
import dev.signet.testkit.MockExchangeTest;
import dev.signet.testkit.RecordedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every README example against {@link MockExchange}, with keys made for the run in temp folders. The
 * {@code BINANCE_…} variables the examples read are given as their system-property twins ({@code binance.api.key} …),
 * which {@code DefaultCredentialsProvider} reads first.
 */
@MockExchangeTest
class ReadmeExamplesTest {
    private static final List<String> PROPERTIES = List.of("binance.api.key", "binance.api.secret", "binance.private.key.file");
    private static final BinanceRequest LIMIT_ORDER = BinanceRequest.post("/api/v3/order").param("symbol", "BTCUSDT").param("side", "BUY")
            .param("type", "LIMIT").param("timeInForce", "GTC").param("quantity", "0.001").param("price", "60000").build();

    @TempDir
    Path dir;
    private final ApiKey apiKey = ApiKey.of(random(64));

    @AfterEach
    void forgetTheVariables() {
        PROPERTIES.forEach(System::clearProperty);
    }

    @Test
    void theHmacQuickStartSignsWithTheSecretFromTheEnvironment(MockExchange exchange) throws Exception {
        String secret = random(64);
        try (Secret registered = InsecureSecretAccess.secretFromString(secret)) {
            exchange.registerKey(apiKey, VerificationKey.sharedSecret(registered));
            System.setProperty("binance.api.key", apiKey.value());
            System.setProperty("binance.api.secret", secret);

            SignedRequest order = QuickStart.signAnOrder();

            assertThat(order.apiKey()).isEqualTo(apiKey.value());
            assertThat(send(order, exchange.baseUri())).isEqualTo(200);
            assertThat(exchange.requests()).singleElement().matches(RecordedRequest::accepted);
        }
    }

    @Test
    void theSameQuickStartSignsWithAnEd25519KeyFile(MockExchange exchange) throws Exception {
        Path keyFile = ed25519KeyFile(exchange);

        SignedRequest order = QuickStart.signAnOrder();

        assertThat(send(order, exchange.baseUri())).isEqualTo(200);
        assertThat(exchange.requests()).singleElement().matches(RecordedRequest::accepted);
        assertThat(keyFile).exists();
    }

    @Test
    void theGuardedBotSignsWhatItsPolicyAndLimitsAllowAndNothingElse(MockExchange exchange) throws Exception {
        Path keyFile = ed25519KeyFile(exchange);
        try (GuardedBot bot = new GuardedBot(keyFile, dir.resolve("orders.state"))) {
            assertThat(send(bot.signer.sign(LIMIT_ORDER), exchange.baseUri())).isEqualTo(200);

            assertThatThrownBy(() -> bot.signer.sign(BinanceRequest.post("/api/v3/order").param("symbol", "ETHUSDT").param("side", "BUY")
                    .param("type", "LIMIT").param("quantity", "1").param("price", "10").build()))
                    .isInstanceOf(TradingLimitExceededException.class);
            assertThatThrownBy(() -> bot.signer.sign(BinanceRequest.post("/sapi/v1/capital/withdraw/apply").param("coin", "BTC")
                    .param("address", "x").param("amount", "1").build())).isInstanceOf(PermissionDeniedException.class);
            assertThat(exchange.requests()).singleElement().matches(RecordedRequest::accepted);
        }
        assertThat(Files.readString(dir.resolve("orders.state"))).isNotEmpty();
    }

    @Test
    void theWebSocketSessionLogsInSignedAndSendsTheCheckedOrderUnsigned(MockExchange exchange) throws Exception {
        RecordingWebSocket socket = new RecordingWebSocket();
        try (GuardedBot bot = new GuardedBot(ed25519KeyFile(exchange), dir.resolve("orders.state"))) {
            WebSocketExample.logOnAndOrder(bot.ws, socket);
        }

        assertThat(socket.frames()).hasSize(2);
        assertThat(socket.frames().get(0)).contains("\"session.logon\"", "\"signature\"", apiKey.value());
        assertThat(socket.frames().get(1)).contains("\"order.place\"", "\"BTCUSDT\"").doesNotContain("signature");
    }

    @Test
    void theWriterPlacesItsOrderWithTheValuesChangedInPlace(MockExchange exchange) throws Exception {
        RequestSigner signer = RequestSigner.builder().keyedSigner(KeyedSigner.of(exchange.testCredentials(SigningAlgorithm.HMAC_SHA256)))
                .build();
        SignedHttpClient client = SignedHttpClient.wrap(HttpClient.newHttpClient(), exchange.signerFor(signer));

        assertThat(WriterExample.placeOrder(signer, client, exchange.baseUri())).isEqualTo(200);
        assertThat(exchange.requests()).singleElement().satisfies(order -> {
            assertThat(order.accepted()).isTrue();
            assertThat(order.param("quantity")).contains("3");
            assertThat(order.param("price")).contains("0.1234");
        });
    }

    @Test
    void theAdaptersSignerSignsForTheExchangeHostsOnly(MockExchange exchange) {
        RequestSigner signer = RequestSigner.builder().keyedSigner(KeyedSigner.of(exchange.testCredentials(SigningAlgorithm.HMAC_SHA256)))
                .build();
        HttpRequestSigner http = HttpSigner.forTheExchange(signer);

        assertThat(http.signs(URI.create("https://api.binance.com/api/v3/order"))).isTrue();
        assertThat(http.signs(URI.create("http://api.binance.com/api/v3/order"))).isFalse();
        assertThat(http.signs(exchange.baseUri().resolve("/api/v3/order"))).isFalse();
    }

    @Test
    void everyAdapterExampleIsSignedAndAccepted(MockExchange exchange) throws Exception {
        HttpRequestSigner http = exchange.signerFor(exchange.testCredentials(SigningAlgorithm.ED25519));
        URI base = exchange.baseUri();

        try (CloseableHttpClient apache = ApacheExample.signingClient(http);
                CloseableHttpAsyncClient async = ApacheExample.signingAsyncClient(http)) {
            assertThat(List.of(OkHttpExample.account(OkHttpExample.signingClient(http), base), ApacheExample.account(apache, base),
                    ApacheExample.accountAsync(async, base), JdkExample.placeOrder(JdkExample.signingClient(http), base))).containsOnly(200);
        }
        assertThat(exchange.requests()).hasSize(4).allMatch(RecordedRequest::accepted)
                .extracting(RecordedRequest::path).containsExactly("/api/v3/account", "/api/v3/account", "/api/v3/account", "/api/v3/order");
    }

    /** A fresh Ed25519 key in {@code dir/keys/private.pem} (0600), registered with the mock and named by the variables. */
    private Path ed25519KeyFile(MockExchange exchange) throws Exception {
        Path keys = Files.createDirectory(dir.resolve("keys"));
        try (SigningKey key = SigningKeyGenerator.ed25519()) {
            KeyFiles.writeKeyPair(key, keys, null);
            exchange.registerKey(apiKey, key.verificationKey());
        }
        Path keyFile = keys.resolve(KeyFiles.PRIVATE_PEM);
        System.setProperty("binance.api.key", apiKey.value());
        System.setProperty("binance.private.key.file", keyFile.toString());
        return keyFile;
    }

    /** Sends a signed request as a bot would, with the JDK client; the mock's status code. */
    private static int send(SignedRequest request, URI exchange) throws Exception {
        HttpRequest.Builder http = HttpRequest.newBuilder(request.uri(exchange)).header(SignedRequest.API_KEY_HEADER, request.apiKey());
        if (request.hasBody()) {
            http.header("Content-Type", "application/x-www-form-urlencoded");
        }
        return HttpClient.newHttpClient().send(http.method(request.method(), request.hasBody()
                ? HttpRequest.BodyPublishers.ofString(request.body()) : HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String random(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        SecureRandom random = new SecureRandom();
        return random.ints(length, 0, alphabet.length()).mapToObj(i -> String.valueOf(alphabet.charAt(i))).collect(Collectors.joining());
    }
}
