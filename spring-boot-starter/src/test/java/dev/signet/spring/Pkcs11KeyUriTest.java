package dev.signet.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.ApiKey;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.VerificationKey;
import dev.signet.pkcs11.testing.SoftHsm;
import dev.signet.testkit.MockExchange;
import dev.signet.testkit.RecordedRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * {@code signet.credentials.key-uri} against SoftHSM2: the key stays in the token, the PIN comes from the file
 * {@code signet.credentials.pkcs11-pin-file} names, Boot's {@code RestClient} signs with it, and health names the token
 * and object but never the PIN.
 */
class Pkcs11KeyUriTest {
    @TempDir
    static Path dir;

    @Test
    void aKeyInATokenSignsBootsRequests() throws Exception {
        SoftHsm hsm = SoftHsm.start(dir);
        String pin = SoftHsm.newPin();
        hsm.initToken("bot", pin);
        hsm.generate("bot", pin, "EC:edwards25519", "binance-ed25519", "01");
        TestCredentials credentials = TestCredentials.create();
        try (MockExchange exchange = MockExchange.start()) {
            exchange.registerKey(ApiKey.of(credentials.apiKey()),
                    VerificationKey.publicKey(SigningAlgorithm.ED25519, hsm.exportPublicKey("bot", "binance-ed25519")));
            try (ConfigurableApplicationContext context = SpringApplication.run(BootTestApplication.class,
                    "--spring.main.web-application-type=none", "--signet.allowed-hosts=127.0.0.1",
                    "--signet.credentials.api-key-file=" + credentials.apiKeyFile(),
                    "--signet.credentials.key-uri=pkcs11:token=bot;object=binance-ed25519",
                    "--signet.credentials.pkcs11-pin-file=" + hsm.pinFile(pin),
                    "--signet.credentials.pkcs11-module=" + SoftHsm.LIBRARY)) {
                context.getBean(RestClient.Builder.class).build().get().uri(exchange.baseUri().resolve("/api/v3/account")).retrieve()
                        .toBodilessEntity();
                assertThat(exchange.requests()).singleElement().matches(RecordedRequest::accepted);
                String health = context.getBean("signetHealthIndicator", HealthIndicator.class).health().getDetails().toString();
                assertThat(health).contains("pkcs11 token 'bot' object 'binance-ed25519'", "ed25519").doesNotContain(pin);
            }
        }
    }
}
