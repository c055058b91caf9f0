package dev.signet.cli;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.RequestSigner;
import dev.signet.core.Credentials;
import dev.signet.core.KeyedSigner;
import dev.signet.core.SigningAlgorithm;
import dev.signet.credentials.DefaultCredentialsProvider;
import dev.signet.credentials.Environment;
import dev.signet.http.jdk.SignedHttpClient;
import dev.signet.keys.KeyFiles;
import dev.signet.keys.SigningKeyGenerator;
import dev.signet.testkit.MockExchange;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code signet demo}: the first-run job, offline. Makes an Ed25519 and an RSA key pair and an HMAC secret in a
 * temp directory (mode 0600), loads each through the default provider chain, sends signed requests through the
 * JDK HttpClient adapter to an embedded {@link MockExchange}, shows a tampered request rejected, and cleans up.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run the offline first-run demo against an embedded mock exchange.")
final class DemoCommand implements Callable<Integer> {
    private static final String API_KEY = "demoKeyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789"; // signet:allow test fixture

    @Spec
    CommandSpec spec;
    @Mixin
    Verbose verbose;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        HttpClient jdk = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        Path dir = Files.createTempDirectory("signet-demo", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try (MockExchange exchange = MockExchange.start()) {
            out.println("1. credentials in " + dir + " (files mode 0600)");
            boolean allAccepted = true;
            for (SigningAlgorithm algorithm : SigningAlgorithm.values()) {
                Map<String, String> variables = prepare(dir, algorithm);
                try (Credentials credentials = DefaultCredentialsProvider.builder().prefix("DEMO")
                        .environment(Environment.of(variables, Map.of())).build().resolveCredentials()) {
                    exchange.registerKey(credentials.apiKey(), credentials.signingKey().verificationKey());
                    allAccepted &= send(out, jdk, exchange, credentials);
                }
            }
            boolean tamperedRejected = tampered(out, jdk, exchange);
            out.println(allAccepted && tamperedRejected ? "demo passed: every signed request accepted, the tampered one rejected"
                    : "demo FAILED");
            return allAccepted && tamperedRejected ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            out.println("cleaned up " + dir);
        }
    }

    /** Writes the algorithm's key material and returns the variables that point the provider chain at it. */
    private static Map<String, String> prepare(Path dir, SigningAlgorithm algorithm) throws IOException {
        Path keyDir = dir.resolve(algorithm.cliName());
        Path apiKey = write(Files.createDirectories(keyDir).resolve("api-key"), API_KEY.substring(0, 40) + algorithm.ordinal());
        if (algorithm == SigningAlgorithm.HMAC_SHA256) {
            Path secret = write(keyDir.resolve("api-secret"), randomSecret());
            return Map.of("DEMO_API_KEY_FILE", apiKey.toString(), "DEMO_API_SECRET_FILE", secret.toString());
        }
        KeyFiles.writeKeyPair(algorithm == SigningAlgorithm.ED25519 ? SigningKeyGenerator.ed25519() : SigningKeyGenerator.rsa(2048), keyDir, null);
        return Map.of("DEMO_API_KEY_FILE", apiKey.toString(), "DEMO_PRIVATE_KEY_FILE", keyDir.resolve(KeyFiles.PRIVATE_PEM).toString());
    }

    private static boolean send(PrintWriter out, HttpClient jdk, MockExchange exchange, Credentials credentials) throws IOException, InterruptedException {
        RequestSigner signer = RequestSigner.builder().keyedSigner(KeyedSigner.of(credentials)).build();
        SignedHttpClient client = SignedHttpClient.wrap(jdk, HttpRequestSigner.builder().requestSigner(signer)
                .allowedHosts(Set.of(exchange.baseUri().getHost())).build());
        URI order = URI.create(exchange.baseUri() + "/api/v3/order?symbol=LTCBTC");
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(order).POST(HttpRequest.BodyPublishers.noBody()).build(),
                "side=BUY&type=LIMIT&quantity=1&price=0.1", HttpResponse.BodyHandlers.ofString());
        out.printf("2. %-17s key %s from %s -> HTTP %d %s%n", credentials.signingKey().algorithm(), credentials.signingKey().fingerprint(),
                credentials.metadata().source().replaceAll(" \\(from .*", ""), response.statusCode(), response.statusCode() == 200 ? "accepted" : response.body());
        return response.statusCode() == 200;
    }

    private static boolean tampered(PrintWriter out, HttpClient jdk, MockExchange exchange) throws IOException, InterruptedException {
        String sent = exchange.requests().get(0).rawQuery();
        String forged = sent.replace("symbol=LTCBTC", "symbol=BTCUSDT");
        HttpRequest request = HttpRequest.newBuilder(URI.create(exchange.baseUri() + "/api/v3/order?" + forged))
                .header("X-MBX-APIKEY", exchange.requests().get(0).apiKeyHeader().orElseThrow())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(exchange.requests().get(0).body())).build();
        HttpResponse<String> response = jdk.send(request, HttpResponse.BodyHandlers.ofString());
        out.println("3. tampered copy of the first request (symbol changed) -> HTTP " + response.statusCode() + " " + response.body());
        return response.body().contains("-1022");
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static String randomSecret() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder(64);
        for (int i = 0; i < 64; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
