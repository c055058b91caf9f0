package dev.signet.example.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.guard.TradingLimits;
import dev.signet.core.ApiKey;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.SigningKey;
import dev.signet.testkit.MockExchange;
import dev.signet.testkit.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the bot as configured for production against {@link MockExchange}: only the exchange URL, the allowed host and
 * the state folder change, and the credentials come through one of Signet's own sources (system properties
 * {@code binance.api.key} and {@code binance.api.secret.file}, the mirror of {@code BINANCE_API_KEY} and
 * {@code BINANCE_API_SECRET_FILE}).
 */
class BotApplicationTest {
    @AfterEach
    void forgetCredentials() {
        System.clearProperty("binance.api.key");
        System.clearProperty("binance.api.secret.file");
    }

    @Test
    void readsTheAccountAndPlacesOneSignedOrder(@TempDir Path folder) throws Exception {
        String apiKey = "bot" + random();
        String secret = random();
        Path secretFile = Files.writeString(folder.resolve("binance-secret"), secret);
        Files.setPosixFilePermissions(secretFile, PosixFilePermissions.fromString("r--------"));
        System.setProperty("binance.api.key", apiKey);
        System.setProperty("binance.api.secret.file", secretFile.toString());
        try (MockExchange exchange = MockExchange.start();
                SigningKey key = SigningKey.hmacSha256(InsecureSecretAccess.secretFromString(secret))) {
            exchange.registerKey(ApiKey.of(apiKey), key.verificationKey());
            try (ConfigurableApplicationContext bot = SpringApplication.run(BotApplication.class,
                    "--bot.exchange-url=" + exchange.baseUri(), "--signet.allowed-hosts=127.0.0.1",
                    "--signet.time.server-time-url=" + exchange.baseUri() + "/api/v3/time", "--BOT_STATE_DIRECTORY=" + folder)) {
                assertThat(exchange.requests()).extracting(RecordedRequest::path)
                        .containsExactly("/api/v3/time", "/api/v3/account", "/api/v3/order");
                assertThat(exchange.requests()).allMatch(RecordedRequest::accepted);
                assertThat(bot.getBean(TradingLimits.class).ordersToday()).isEqualTo(1);
            }
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
