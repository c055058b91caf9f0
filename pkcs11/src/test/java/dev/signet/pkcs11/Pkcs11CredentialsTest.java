package dev.signet.pkcs11;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.ApiKey;
import dev.signet.core.CredentialMetadata;
import dev.signet.core.Credentials;
import dev.signet.core.CredentialsException;
import dev.signet.core.KeyUnavailableException;
import dev.signet.core.KeyedSigner;
import dev.signet.core.SigningAlgorithm;
import dev.signet.credentials.CredentialsProviderChain;
import dev.signet.credentials.EnvironmentCredentialsProvider;
import dev.signet.credentials.Environment;
import dev.signet.credentials.FileCredentialsProvider;
import dev.signet.credentials.RotatingKeyedSigner;
import dev.signet.credentials.SourceReport;
import dev.signet.credentials.SystemPropertyCredentialsProvider;
import dev.signet.credentials.SystemdCredentialsProvider;
import dev.signet.pkcs11.testing.OpenSslVerify;
import dev.signet.pkcs11.testing.SoftHsm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code P_PRIVATE_KEY_URI} through every named source, against SoftHSM2: the credentials sign, {@code doctor}'s
 * report names token, label, key type, mechanism and fingerprint but never the PIN, and a rotation keeps its last
 * working key when the new one cannot be opened.
 */
class Pkcs11CredentialsTest {
    private static final String API_KEY = "pkcs11TestApiKey0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH"; // signet:allow test fixture
    private static final byte[] MESSAGE = "symbol=BTCUSDT&timestamp=1700000000000".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    static Path dir;
    static SoftHsm hsm;
    static String pin;
    static Path pinFile;

    @BeforeAll
    static void tokens() throws Exception {
        hsm = SoftHsm.start(dir);
        pin = SoftHsm.newPin();
        for (String token : List.of("active", "standby", "doomed")) {
            hsm.initToken(token, pin);
            hsm.generate(token, pin, "EC:edwards25519", "bot", "01");
        }
        pinFile = hsm.pinFile(pin);
    }

    private static String uri(String token) {
        return "pkcs11:token=" + token + ";object=bot";
    }

    private static Map<String, String> variables(String token) {
        return Map.of("P_API_KEY", API_KEY, "P_PRIVATE_KEY_URI", uri(token), "P_PKCS11_PIN_FILE", pinFile.toString(),
                "P_PKCS11_MODULE", SoftHsm.LIBRARY.toString());
    }

    private static void signsForTheTokensKey(Credentials c, String token) throws Exception {
        try (KeyedSigner signer = KeyedSigner.of(c)) {
            assertThat(signer.apiKey()).isEqualTo(ApiKey.of(API_KEY));
            assertThat(OpenSslVerify.verifies(dir, SigningAlgorithm.ED25519, hsm.exportPublicKey(token, "bot"), MESSAGE,
                    signer.signer().sign(MESSAGE))).isTrue();
        }
    }

    @Test
    void environmentVariablesNameTheKeyThePinFileAndTheLibrary() throws Exception {
        try (Credentials c = EnvironmentCredentialsProvider.builder().prefix("P").environment(Environment.of(variables("active"), Map.of()))
                .build().resolveCredentials()) {
            assertThat(c.metadata().source()).contains("pkcs11 token 'active' object 'bot'", "CKM_EDDSA available",
                    "named by environment variable P_PRIVATE_KEY_URI");
            signsForTheTokensKey(c, "active");
        }
    }

    @Test
    void filesNamedInCodeWithAKeyUriToo() throws Exception {
        Path apiKey = dir.resolve("api-key-for-files");
        write(apiKey, API_KEY);
        try (Credentials c = FileCredentialsProvider.builder().apiKeyFile(apiKey).privateKeyUri(uri("active")).pkcs11PinFile(pinFile)
                .pkcs11Module(SoftHsm.LIBRARY.toString()).build().resolveCredentials()) {
            assertThat(c.metadata().source()).contains("pkcs11 token 'active' object 'bot'", "the configured privateKeyUri")
                    .doesNotContain(pin);
            signsForTheTokensKey(c, "active");
        }
    }

    @Test
    void systemPropertiesAndSystemdCredentialsToo() throws Exception {
        Map<String, String> properties = Map.of("p.api.key", API_KEY, "p.private.key.uri", uri("active"), "p.pkcs11.pin.file",
                pinFile.toString(), "p.pkcs11.module", SoftHsm.LIBRARY.toString());
        try (Credentials c = SystemPropertyCredentialsProvider.builder().prefix("P").environment(Environment.of(Map.of(), properties))
                .build().resolveCredentials()) {
            signsForTheTokensKey(c, "active");
        }
        Path credentials = Files.createDirectories(dir.resolve("systemd"));
        write(credentials.resolve("api-key"), API_KEY);
        write(credentials.resolve("private-key-uri"), uri("active") + "?module-path=" + SoftHsm.LIBRARY);
        write(credentials.resolve("pkcs11-pin"), pin);
        try (Credentials c = SystemdCredentialsProvider.builder().environment(Environment.of(Map.of("CREDENTIALS_DIRECTORY",
                credentials.toString()), Map.of())).build().resolveCredentials()) {
            assertThat(c.metadata().source()).contains("systemd credential");
            signsForTheTokensKey(c, "active");
        }
    }

    private static void write(Path file, String content) throws Exception {
        Files.writeString(file, content + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
    }

    @Test
    void doctorsReportNamesTokenLabelTypeMechanismAndFingerprintButNotThePin() {
        Environment environment = Environment.of(Map.of("P_API_KEY", API_KEY, "P_PRIVATE_KEY_URI", uri("active"), "P_PKCS11_PIN", pin,
                "P_PKCS11_MODULE", SoftHsm.LIBRARY.toString()), Map.of());
        List<SourceReport> reports = CredentialsProviderChain.of(EnvironmentCredentialsProvider.builder().prefix("P")
                .environment(environment).build()).diagnose(Clock.systemUTC(), CredentialMetadata.DEFAULT_MAX_AGE);
        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(SourceReport.Outcome.FOUND);
            assertThat(r.detail()).contains("ED25519 key sha256:", "token 'active'", "object 'bot'", "CKK_EC_EDWARDS",
                    "CKM_EDDSA available", "not extractable").doesNotContain(pin);
        });
    }

    @Test
    void aWrongPinNamesTheSourceAndNeverTheValue() {
        String wrong = pin + "9";
        Map<String, String> vars = Map.of("P_API_KEY", API_KEY, "P_PRIVATE_KEY_URI", uri("active"), "P_PKCS11_PIN", wrong,
                "P_PKCS11_MODULE", SoftHsm.LIBRARY.toString());
        assertThatThrownBy(() -> EnvironmentCredentialsProvider.builder().prefix("P").environment(Environment.of(vars, Map.of())).build()
                .resolveCredentials()).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("environment variable P_PRIVATE_KEY_URI (PIN from environment variable P_PKCS11_PIN)")
                .hasMessageContaining("is incorrect").hasMessageNotContaining(wrong);
    }

    @Test
    void rotationKeepsTheLastWorkingKeyAndMovesOnWhenTheTokenIsGone() throws Exception {
        Map<String, String> vars = new ConcurrentHashMap<>(variables("doomed"));
        Environment live = new Environment() {
            @Override
            public Optional<String> variable(String name) {
                return Optional.ofNullable(vars.get(name));
            }

            @Override
            public Optional<String> property(String name) {
                return Optional.empty();
            }
        };
        try (RotatingKeyedSigner rotating = RotatingKeyedSigner.builder().pollInterval(null).keyAgeMonitor(null)
                .source(EnvironmentCredentialsProvider.builder().prefix("P").environment(live).build()).build()) {
            String doomed = rotating.activeFingerprint();
            vars.put("P_PRIVATE_KEY_URI", uri("absent"));
            assertThat(rotating.refresh()).isFalse();
            assertThat(rotating.activeFingerprint()).isEqualTo(doomed);
            assertThat(rotating.get().signer().sign(MESSAGE)).hasSize(64);

            hsm.deleteToken("doomed");
            assertThatThrownBy(() -> rotating.get().signer().sign(MESSAGE)).isInstanceOf(KeyUnavailableException.class)
                    .hasMessageContaining("pkcs11 token 'doomed'");
            vars.put("P_PRIVATE_KEY_URI", uri("standby"));
            assertThat(rotating.refresh()).isTrue();
            assertThat(rotating.activeFingerprint()).isNotEqualTo(doomed);
            assertThat(OpenSslVerify.verifies(dir, SigningAlgorithm.ED25519, hsm.exportPublicKey("standby", "bot"), MESSAGE,
                    rotating.get().signer().sign(MESSAGE))).isTrue();
        }
    }
}
