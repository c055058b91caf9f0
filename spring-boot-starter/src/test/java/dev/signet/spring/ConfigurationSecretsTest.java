package dev.signet.spring;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.spring.internal.ConfigurationSecrets;
import dev.signet.spring.internal.SecretInConfigurationException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Which {@code signet.*} settings count as a secret in Spring configuration, and which sources are Signet's own. */
class ConfigurationSecretsTest {
    private static final String TOKEN = "Zq8wX2vN7rT4yU1iO9pA3sD6fG5hJ0kLmB2nC4vX7zQ"; // signet:allow a test value

    private static StandardEnvironment with(String source, Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(source.equals(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)
                ? new SystemEnvironmentPropertySource(source, properties) : new MapPropertySource(source, properties));
        return environment;
    }

    @Test
    void theEnvironmentIsSignetsOwnSourceNotSpringConfiguration() {
        // Spring mirrors SIGNET_API_SECRET as signet.api-secret: Signet reads it from the environment, where it belongs
        assertThatCode(() -> ConfigurationSecrets.refuseIn(with("systemEnvironment", Map.of("SIGNET_API_SECRET", TOKEN)), null))
                .doesNotThrowAnyException();
        assertThatCode(() -> ConfigurationSecrets.refuseIn(with("systemProperties", Map.of("signet.api.secret", TOKEN)), null))
                .doesNotThrowAnyException();
    }

    @Test
    void aSecretNamedSettingIsRefusedWithoutItsValue() {
        assertThatThrownBy(() -> ConfigurationSecrets.refuseIn(with("application.yml", Map.of("signet.credentials.secret", TOKEN)), "BINANCE"))
                .isInstanceOf(SecretInConfigurationException.class).hasMessageContaining("signet.credentials.secret")
                .hasMessageContaining("BINANCE_API_SECRET_FILE").hasMessageNotContaining(TOKEN);
        assertThatThrownBy(() -> ConfigurationSecrets.refuseIn(with("application.yml", Map.of("signet.private-key.passphrase", "x")), null))
                .isInstanceOf(SecretInConfigurationException.class).hasMessageContaining("passphrase-file");
        assertThatThrownBy(() -> ConfigurationSecrets.refuseIn(with("application.yml", Map.of("signet.credentials.pin", "1234")), null))
                .isInstanceOf(SecretInConfigurationException.class).hasMessageContaining("signet.credentials.pin").hasMessageNotContaining("1234");
    }

    @Test
    void thePrefixsSystemPropertyNamesAreRefusedInSpringConfiguration() {
        assertThatThrownBy(() -> ConfigurationSecrets.refuseIn(with("application.properties", Map.of("binance.api.secret", TOKEN)), "BINANCE"))
                .isInstanceOf(SecretInConfigurationException.class).hasMessageContaining("binance.api.secret")
                .hasMessageContaining("BINANCE_API_SECRET_FILE").hasMessageNotContaining(TOKEN);
        assertThatThrownBy(() -> ConfigurationSecrets.refuseIn(with("application.properties", Map.of("binance.private.key.passphrase", "x")),
                "BINANCE")).isInstanceOf(SecretInConfigurationException.class).hasMessageContaining("passphrase-file");
        assertThatCode(() -> ConfigurationSecrets.refuseIn(with("application.properties", Map.of("binance.api.key", "my-key-id",
                "binance.private.key.file", "/run/secrets/key.pem")), "BINANCE")).doesNotThrowAnyException();
        assertThatCode(() -> ConfigurationSecrets.refuseIn(with("systemProperties", Map.of("binance.api.secret", TOKEN)), "BINANCE"))
                .doesNotThrowAnyException();
    }

    @Test
    void aKeyOrTokenUnderAnyNameIsRefused() {
        String pem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI\n-----END PRIVATE KEY-----"; // signet:allow a truncated key
        assertThatThrownBy(() -> ConfigurationSecrets.refuseIn(with("application.yml", Map.of("signet.note", pem)), null))
                .isInstanceOf(SecretInConfigurationException.class).hasMessageContaining("signet.note");
        assertThatThrownBy(() -> ConfigurationSecrets.refuseIn(with("application.yml", Map.of("signet.limits.symbols[0]", TOKEN)), null))
                .isInstanceOf(SecretInConfigurationException.class).hasMessageContaining("signet.limits.symbols[0]");
    }

    @Test
    void ordinarySettingsAndFilePathsPass() {
        assertThatCode(() -> ConfigurationSecrets.refuseIn(with("application.yml", Map.of("signet.credentials.prefix", "BINANCE",
                "signet.credentials.api-secret-file", "/run/secrets/binance/" + TOKEN,
                "signet.credentials.passphrase-file", "/run/secrets/passphrase", "signet.limits.symbols[0]", "BTCUSDT",
                "signet.rotation.spin-up", "5s",
                "other.api-secret", TOKEN)), null)).doesNotThrowAnyException();
    }
}
