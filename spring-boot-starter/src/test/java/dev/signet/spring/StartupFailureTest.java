package dev.signet.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Applications that must not start, started for real: each run fails, and Spring Boot's failure report (printed by
 * the failure analyzer the starter registers) says what is wrong and what to do — and never shows the secret.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {
    private static final String SECRET_IN_YAML = "8f3a1c9e7b2d4f6a0c5e9b1d3f7a2c4e6b8d0f1a3c5e7b9d2f4a6c8e0b1d3f5a"; // signet:allow the refused value

    private static void fails(CapturedOutput output, String... arguments) {
        SpringApplication application = new SpringApplication(BootTestApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        assertThatThrownBy(() -> application.run(arguments)).isNotNull();
        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START", "Signet refused to start");
    }

    private static String[] withFiles(TestCredentials credentials, String... more) {
        String[] files = {"--signet.credentials.api-key-file=" + credentials.apiKeyFile(),
            "--signet.credentials.api-secret-file=" + credentials.secretFile()};
        String[] all = new String[files.length + more.length];
        System.arraycopy(files, 0, all, 0, files.length);
        System.arraycopy(more, 0, all, files.length, more.length);
        return all;
    }

    @Test
    void noCredentialsSaysWhereToPutThem(CapturedOutput output) {
        fails(output, "--signet.credentials.prefix=NOCREDS" + Long.toUnsignedString(System.nanoTime(), 36).toUpperCase());
        assertThat(output.getAll()).contains("no credentials found", "Action:", "signet.credentials.prefix", "_API_SECRET");
    }

    @Test
    void anInsecureSecretFileSaysChmod(CapturedOutput output) throws IOException {
        TestCredentials credentials = TestCredentials.create();
        Files.setPosixFilePermissions(credentials.secretFile(), PosixFilePermissions.fromString("rw-r--r--"));
        fails(output, withFiles(credentials));
        assertThat(output.getAll()).contains(credentials.secretFile().toString(), "chmod 600").doesNotContain(credentials.secret());
    }

    @Test
    void aPlaceholderSecretIsRefused(CapturedOutput output) throws IOException {
        TestCredentials credentials = TestCredentials.create();
        TestCredentials.ownerOnly(credentials.secretFile(), "your_api_secret_here");
        fails(output, withFiles(credentials));
        assertThat(output.getAll()).contains("placeholder", "real credentials").doesNotContain("your_api_secret_here");
    }

    @Test
    void aSecretInApplicationYamlIsRefusedWithWhereItBelongs(CapturedOutput output) {
        TestCredentials credentials = TestCredentials.create();
        fails(output, withFiles(credentials, "--spring.config.name=secret-in-config"));
        assertThat(output.getAll()).contains("signet.api-secret is set in class path resource [secret-in-config.yml]",
                "signet.credentials.api-secret-file", "SIGNET_API_SECRET_FILE").doesNotContain(SECRET_IN_YAML);
    }

    @Test
    void aPkcs11PinInConfigurationIsRefusedWithWhereItBelongs(CapturedOutput output) {
        TestCredentials credentials = TestCredentials.create();
        fails(output, withFiles(credentials, "--signet.credentials.pkcs11-pin=80417262"));
        assertThat(output.getAll()).contains("signet.credentials.pkcs11-pin is set in", "signet.credentials.pkcs11-pin-file",
                "SIGNET_PKCS11_PIN_FILE").doesNotContain("80417262");
    }

    @Test
    void aServerTimeUrlWithUserInformationIsRefused(CapturedOutput output) {
        TestCredentials credentials = TestCredentials.create();
        fails(output, withFiles(credentials, "--signet.time.server-time-url=https://bot:hunter2hunter2@api.binance.com/api/v3/time"));
        assertThat(output.getAll()).contains("signet.time.server-time-url carries user information").doesNotContain("hunter2hunter2");
    }

    @Test
    void aRedisUrlTheLimitStoreWouldNotReadIsRefused(CapturedOutput output) {
        TestCredentials credentials = TestCredentials.create();
        fails(output, withFiles(credentials, "--signet.limits.store=redis", "--spring.data.redis.url=redis://127.0.0.1:1"));
        assertThat(output.getAll()).contains("spring.data.redis.url is set", "spring.data.redis.host");
    }

    @Test
    void aKeyUriWithItsPinIsRefused(CapturedOutput output) {
        TestCredentials credentials = TestCredentials.create();
        fails(output, "--signet.credentials.api-key-file=" + credentials.apiKeyFile(),
                "--signet.credentials.key-uri=pkcs11:token=bot;object=binance-ed25519?pin-value=80417262");
        assertThat(output.getAll()).contains("signet.credentials.key-uri is set in", "signet.credentials.pkcs11-pin-file")
                .doesNotContain("80417262");
    }

    @Test
    void aSecretLookingValueUnderAnyNameIsRefused(CapturedOutput output) {
        TestCredentials credentials = TestCredentials.create();
        fails(output, withFiles(credentials, "--signet.limits.note=" + SECRET_IN_YAML));
        assertThat(output.getAll()).contains("signet.limits.note is set in", "looks like a secret").doesNotContain(SECRET_IN_YAML);
    }

    @Test
    void aDailyOrderLimitWithoutAStateFileIsRefused(CapturedOutput output) {
        TestCredentials credentials = TestCredentials.create();
        fails(output, withFiles(credentials, "--signet.limits.max-orders-per-utc-day=10"));
        assertThat(output.getAll()).contains("signet.limits.state-file");
    }
}
