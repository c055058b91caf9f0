package dev.signet.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.spring.internal.SecretSanitizer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.core.env.MapPropertySource;

/** What {@code /actuator/env} shows of Signet's sources when an application turns value display on. */
class SecretSanitizerTest {
    private static final MapPropertySource SOURCE = new MapPropertySource("systemProperties", Map.of());

    private static Object shown(String key, String value) {
        return new SecretSanitizer().apply(new SanitizableData(SOURCE, key, value)).getValue();
    }

    @Test
    void secretsAreMaskedAndPathsAndOrdinarySettingsShown() {
        for (String secret : new String[] {"binance.api.secret", "BINANCE_API_SECRET", "binance.private.key.passphrase",
            "BINANCE_PKCS11_PIN", "spring.data.redis.password", "signet.credentials.pkcs11-pin"}) {
            assertThat(shown(secret, "s3cr3t-value")).as(secret).isEqualTo(SanitizableData.SANITIZED_VALUE);
        }
        assertThat(shown("BINANCE_API_SECRET_FILE", "/run/secrets/binance")).isEqualTo("/run/secrets/binance");
        assertThat(shown("signet.credentials.pkcs11-pin-file", "/run/pin")).isEqualTo("/run/pin");
        assertThat(shown("binance.api.key", "key-id")).isEqualTo("key-id");
        assertThat(shown("spring.application.name", "bot")).isEqualTo("bot");
    }
}
