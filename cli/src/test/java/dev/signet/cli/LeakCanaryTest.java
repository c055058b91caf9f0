package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.BinanceRequest;
import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.RequestSigner;
import dev.signet.binance.SignedRequest;
import dev.signet.core.ApiKey;
import dev.signet.core.Credentials;
import dev.signet.core.Hex;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Secret;
import dev.signet.core.SecretPolicy;
import dev.signet.core.Signers;
import dev.signet.core.SigningKey;
import dev.signet.credentials.DefaultCredentialsProvider;
import dev.signet.credentials.Environment;
import dev.signet.credentials.RotatingKeyedSigner;
import dev.signet.http.jdk.SignedHttpClient;
import dev.signet.keys.PrivateKeyParser;
import dev.signet.testkit.MockExchange;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One unique random secret through every public path — providers, policy refusals, signers, parse failures, the
 * HTTP adapter and mock exchange, the CLI including doctor, and toString() of the public types — with stdout,
 * stderr, slf4j output and whole exception chains captured: the canary, its hex and its base64 appear nowhere.
 */
class LeakCanaryTest {
    private static final String API_KEY = "canaryKeyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789"; // signet:allow test fixture
    @TempDir
    Path dir;
    private final List<String> seen = new ArrayList<>();

    private void record(Object o) {
        seen.add(String.valueOf(o));
    }

    private void recordChain(Throwable t) {
        for (Throwable e = t; e != null; e = e.getCause()) {
            seen.add(e.toString());
            for (Throwable s : e.getSuppressed()) {
                recordChain(s);
            }
        }
    }

    private void attempt(ThrowingRunnable action) {
        try {
            action.run();
        } catch (Exception | AssertionError e) {
            recordChain(e);
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private Path file(String name, String content, String mode) throws Exception {
        Path f = Files.writeString(dir.resolve(name), content);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
        return f;
    }

    @Test
    void theCanaryNeverAppearsAnywhere() throws Exception {
        String canary = CommandsTest.randomSecret();
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            exercise(canary);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        seen.add(captured.toString(StandardCharsets.UTF_8));
        String all = String.join("\n", seen);
        byte[] bytes = canary.getBytes(StandardCharsets.UTF_8);
        assertThat(all).as("captured output is not empty").contains("DEBUG");
        assertThat(all.contains(canary)).as("canary").isFalse();
        assertThat(all.contains(canary.substring(10, 40))).as("part of the canary").isFalse();
        assertThat(all.contains(Hex.encode(bytes))).as("canary as hex").isFalse();
        assertThat(all.contains(Base64.getEncoder().encodeToString(bytes))).as("canary as base64").isFalse();
    }

    private void exercise(String canary) throws Exception {
        Path good = file("secret", canary, "rw-------");
        Path open = file("open", canary, "rw-r--r--");
        Map<String, String> env = Map.of("BOT_API_KEY", API_KEY, "BOT_API_SECRET", canary);
        // providers and the chain, success and every failure path
        for (Map<String, String> vars : List.of(env, Map.of("BOT_API_KEY", API_KEY, "BOT_API_SECRET_FILE", good.toString()),
                Map.of("BOT_API_KEY", API_KEY, "BOT_API_SECRET_FILE", open.toString()),
                Map.of("BOT_API_KEY", API_KEY, "BOT_API_SECRET", canary, "BOT_API_SECRET_FILE", good.toString()),
                Map.of("BOT_API_KEY", API_KEY, "BOT_API_SECRET", canary + "\t"),
                Map.of("BOT_API_KEY", API_KEY, "BOT_API_SECRET", "your_api_secret_" + canary),
                Map.of("BOT_API_KEY", API_KEY, "BOT_PRIVATE_KEY_FILE", good.toString()))) {
            DefaultCredentialsProvider provider = DefaultCredentialsProvider.builder().prefix("BOT").environment(Environment.of(vars, Map.of())).build();
            record(provider);
            provider.diagnose(Clock.systemUTC(), Duration.ofDays(90)).forEach(this::record);
            attempt(() -> {
                try (Credentials c = provider.resolveCredentials()) {
                    record(c);
                    record(c.metadata());
                    record(c.signingKey());
                    record(c.signingKey().verificationKey());
                    record(c.signingKey().material());
                    record(KeyedSigner.of(c));
                }
            });
        }
        attempt(() -> SecretPolicy.defaults().admit(("changeme" + canary).getBytes(StandardCharsets.UTF_8), "test"));
        // signers, verifiers and the exchange signer
        Secret secret = InsecureSecretAccess.secretFromString(canary);
        SigningKey key = SigningKey.hmacSha256(secret);
        record(secret);
        record(Signers.forKey(key));
        record(Signers.verifierFor(key));
        RequestSigner signer = RequestSigner.builder().keyedSigner(new KeyedSigner(ApiKey.of(API_KEY), Signers.forKey(key), key.fingerprint())).build();
        SignedRequest signed = signer.sign(BinanceRequest.get("/api/v3/account").param("note", canary.substring(0, 8)).build());
        record(signed);
        // parse failures with the canary inside key-shaped input
        attempt(() -> PrivateKeyParser.parse(canary.getBytes(StandardCharsets.UTF_8), canary.toCharArray()));
        attempt(() -> PrivateKeyParser.parse(("-----BEGIN PRIVATE KEY-----\n" + Base64.getEncoder().encodeToString(bytes(canary)) // signet:allow test fixture
                + "\n-----END PRIVATE KEY-----\n").getBytes(StandardCharsets.US_ASCII), null));
        attempt(() -> PrivateKeyParser.parse(("-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + Base64.getEncoder().encodeToString(bytes(canary)) // signet:allow test fixture
                + "\n-----END ENCRYPTED PRIVATE KEY-----\n").getBytes(StandardCharsets.US_ASCII), canary.toCharArray()));
        // the adapter against the mock, and rotation
        try (MockExchange exchange = MockExchange.start()) {
            exchange.registerKey(ApiKey.of(API_KEY), key.verificationKey());
            SignedHttpClient client = SignedHttpClient.wrap(HttpClient.newBuilder().build(),
                    HttpRequestSigner.builder().requestSigner(signer).allowedHosts(Set.of("127.0.0.1")).build());
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(exchange.baseUri() + "/api/v3/account")).build(),
                    HttpResponse.BodyHandlers.ofString());
            record(response.body());
            exchange.requests().forEach(this::record);
        }
        try (RotatingKeyedSigner rotating = RotatingKeyedSigner.builder().pollInterval(null).watch(good)
                .source(DefaultCredentialsProvider.builder().prefix("BOT").environment(Environment.of(
                        Map.of("BOT_API_KEY", API_KEY, "BOT_API_SECRET_FILE", good.toString()), Map.of())).build()).build()) {
            record(rotating);
            Files.writeString(good, "changeme");
            Files.setLastModifiedTime(good, java.nio.file.attribute.FileTime.fromMillis(1));
            rotating.refreshIfChanged();
            record(rotating.get());
        }
        // the CLI, success and failure, including doctor
        Map<String, String> cliEnv = Map.of("S", canary, "BOT_API_KEY", API_KEY, "BOT_API_SECRET", canary, "BOT_API_SECRET_FILE", open.toString());
        for (String[] args : new String[][] {
            {"sign", "--algorithm", "hmac-sha256", "--secret-env", "S", "--payload", "x", "--verbose"},
            {"sign", "--algorithm", "hmac-sha256", "--secret-file", open.toString(), "--payload", "x", "--verbose"},
            {"sign", "--algorithm", "ed25519", "--key-file", open.toString(), "--payload", "x", "--verbose"},
            {"verify", "--algorithm", "hmac-sha256", "--secret-env", "S", "--payload", "x", "--signature", "zz"},
            {"binance", "sign-request", "--secret-env", "S", "--param", "a=1", "--timestamp", "1"},
            {"binance", "sign-ws", "--secret-env", "S", "--api-key-env", "BOT_API_KEY", "--params-json", "{}", "--timestamp", "1"},
            {"doctor", "--prefix", "BOT", "--verbose"},
            {"scan", dir.toString()}}) {
            Cli result = Cli.run(cliEnv, args);
            record(result.out());
            record(result.err());
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
