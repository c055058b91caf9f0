package dev.signet.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.Credentials;
import dev.signet.core.CredentialsException;
import dev.signet.core.SigningAlgorithm;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code P_PRIVATE_KEY_URI} in core alone (no signet-pkcs11 on the class path): it counts as configured, excludes
 * the other key sources, and names the dependency that reads it. signet-pkcs11's tests resolve real tokens.
 */
class KeyUriSourceTest {
    private static final String URI = "pkcs11:token=bot;object=binance-ed25519";

    @TempDir
    Path dir;

    private static EnvironmentCredentialsProvider env(Map<String, String> vars) {
        return EnvironmentCredentialsProvider.builder().prefix("P").environment(Environment.of(vars, Map.of())).build();
    }

    @Test
    void aKeyUriWithoutTheModuleNamesTheDependency() {
        assertThatThrownBy(() -> env(Map.of("P_API_KEY", Fixtures.API_KEY, "P_PRIVATE_KEY_URI", URI)).resolveCredentials())
                .isInstanceOf(CredentialsException.class).hasMessageContaining("environment variable P_PRIVATE_KEY_URI")
                .hasMessageContaining("dev.signet:signet-pkcs11");
    }

    @Test
    void onlyPkcs11UrisAreKeyUris() {
        assertThatThrownBy(() -> env(Map.of("P_API_KEY", Fixtures.API_KEY, "P_PRIVATE_KEY_URI", "/home/bot/key.pem")).resolveCredentials())
                .isInstanceOf(CredentialsException.class).hasMessageContaining("must be a pkcs11: URI");
    }

    @Test
    void aKeyUriAlongsideASecretIsAnErrorNamingBoth() {
        assertThatThrownBy(() -> env(Map.of("P_API_KEY", Fixtures.API_KEY, "P_PRIVATE_KEY_URI", URI, "P_API_SECRET",
                Fixtures.randomSecret())).resolveCredentials()).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("both P_API_SECRET and P_PRIVATE_KEY_URI are set");
    }

    @Test
    void aKeyUriWithoutAnApiKeyIsConfiguredButIncomplete() {
        assertThatThrownBy(() -> env(Map.of("P_PRIVATE_KEY_URI", URI)).resolveCredentials()).isInstanceOf(CredentialsException.class)
                .isNotInstanceOf(SourceNotConfiguredException.class).hasMessageContaining("P_API_KEY is not set");
    }

    @Test
    void explicitFilesWithAKeyUriNameTheUriNotAFileAndTheDependency() throws Exception {
        FileCredentialsProvider provider = FileCredentialsProvider.builder().apiKeyFile(Fixtures.file(dir, "k", Fixtures.API_KEY, "rw-------"))
                .privateKeyUri(URI).pkcs11PinFile(Fixtures.file(dir, "pin", "48151623", "rw-------"))
                .pkcs11Module("/usr/lib/softhsm/libsofthsm2.so").build();
        assertThatThrownBy(provider::resolveCredentials).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("dev.signet:signet-pkcs11").hasMessageNotContaining("URI file").hasMessageNotContaining("48151623");
    }

    @Test
    void explicitSecretAndPassphraseFilesAreRead() throws Exception {
        String secret = Fixtures.randomSecret();
        try (Credentials c = FileCredentialsProvider.builder().apiKeyFile(Fixtures.file(dir, "k2", Fixtures.API_KEY, "rw-------"))
                .apiSecretFile(Fixtures.file(dir, "s2", secret, "rw-------")).build().resolveCredentials()) {
            assertThat(c.apiKey().value()).isEqualTo(Fixtures.API_KEY);
            assertThat(c.signingKey().algorithm()).isEqualTo(SigningAlgorithm.HMAC_SHA256);
        }
        try (Credentials c = FileCredentialsProvider.builder().apiKeyFile(Fixtures.file(dir, "k3", Fixtures.API_KEY, "rw-------"))
                .privateKeyFile(Fixtures.file(dir, "p3", "FAKE KEY ENCRYPTED", "rw-------"))
                .passphraseFile(Fixtures.file(dir, "pp3", "pw", "rw-------")).keyDecoder(new FakeKeyDecoder()).build().resolveCredentials()) {
            assertThat(c.signingKey().algorithm()).isEqualTo(SigningAlgorithm.ED25519); // the fake decoder opens it only with "pw"
        }
    }

    @Test
    void aProfileRefusesAnInlinePin() throws Exception {
        Path profile = Fixtures.file(dir, "credentials.json", "{\"profiles\": {\"default\": {\"apiKey\": \"" + Fixtures.API_KEY
                + "\", \"privateKeyUri\": \"" + URI + "\", \"pkcs11Pin\": \"48151623\"}}}", "rw-------");
        assertThatThrownBy(() -> ProfileCredentialsProvider.builder().file(profile).environment(Environment.of(Map.of(), Map.of()))
                .build().resolveCredentials()).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("field pkcs11Pin").hasMessageContaining("holds a secret inline").hasMessageNotContaining("48151623");
    }
}
