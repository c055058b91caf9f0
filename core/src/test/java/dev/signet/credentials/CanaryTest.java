package dev.signet.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.Credentials;
import dev.signet.core.CredentialMetadata;
import dev.signet.core.Hex;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A unique random secret loaded through every provider and failure path never shows in text the user can see. */
class CanaryTest {
    @TempDir
    Path dir;

    @Test
    void canaryNeverAppearsInToStringMessagesOrLogs() throws Exception {
        String canary = Fixtures.randomSecret();
        List<String> seen = new ArrayList<>();
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Path good = Fixtures.file(dir, "good", canary, "rw-------");
            Path open = Fixtures.file(dir, "open", canary, "rw-rw-rw-");
            Path placeholder = Fixtures.file(dir, "ph", "your_api_secret_" + canary, "rw-------");
            Path profile = Fixtures.file(dir, "p.json", "{\"profiles\":{\"default\":{\"apiKey\":\"" + Fixtures.API_KEY
                    + "\",\"apiSecret\":\"" + canary + "\"}}}", "rw-------");
            List<Map<String, String>> envs = List.of(
                    Map.of("BINANCE_API_KEY", Fixtures.API_KEY, "BINANCE_API_SECRET", canary),
                    Map.of("BINANCE_API_KEY", Fixtures.API_KEY, "BINANCE_API_SECRET_FILE", good.toString()),
                    Map.of("BINANCE_API_KEY", Fixtures.API_KEY, "BINANCE_API_SECRET_FILE", open.toString()),
                    Map.of("BINANCE_API_KEY", Fixtures.API_KEY, "BINANCE_API_SECRET_FILE", placeholder.toString()),
                    Map.of("BINANCE_API_KEY", Fixtures.API_KEY, "BINANCE_API_SECRET", canary, "BINANCE_API_SECRET_FILE", good.toString()),
                    Map.of("BINANCE_API_KEY", Fixtures.API_KEY, "BINANCE_API_SECRET", canary + " "),
                    Map.of("BINANCE_API_SECRET", canary),
                    Map.of("SIGNET_CREDENTIALS_FILE", profile.toString()));
            for (Map<String, String> vars : envs) {
                DefaultCredentialsProvider provider = DefaultCredentialsProvider.builder().prefix("BINANCE")
                        .environment(Environment.of(vars, Map.of("user.home", dir.toString()))).keyDecoder(new FakeKeyDecoder()).build();
                seen.add(provider.toString());
                provider.diagnose(Clock.systemUTC(), CredentialMetadata.DEFAULT_MAX_AGE).forEach(r -> seen.add(r.toString()));
                try (Credentials c = provider.resolveCredentials()) {
                    seen.add(c.toString());
                    seen.add(c.signingKey().toString());
                    seen.add(c.signingKey().material().toString());
                    seen.add(c.metadata().toString());
                } catch (RuntimeException e) {
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        seen.add(t.toString());
                    }
                }
            }
        } finally {
            System.setErr(originalErr);
        }
        seen.add(captured.toString(StandardCharsets.UTF_8));
        String all = String.join("\n", seen);
        byte[] bytes = canary.getBytes(StandardCharsets.UTF_8);
        assertThat(all.contains(canary)).as("canary in output").isFalse();
        assertThat(all.contains(canary.substring(6, 30))).as("part of canary in output").isFalse();
        assertThat(all.contains(Hex.encode(bytes))).as("hex canary in output").isFalse();
        assertThat(all.contains(Base64.getEncoder().encodeToString(bytes))).as("base64 canary in output").isFalse();
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("DEBUG");
    }
}
