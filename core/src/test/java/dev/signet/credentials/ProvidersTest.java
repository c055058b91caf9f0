package dev.signet.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.CredentialMetadata;
import dev.signet.core.Credentials;
import dev.signet.core.CredentialsException;
import dev.signet.core.InsecureFilePermissionsException;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.RejectedSecretException;
import dev.signet.core.SigningAlgorithm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvidersTest {
    @TempDir
    Path dir;
    private final String secret = Fixtures.randomSecret();

    private static EnvironmentCredentialsProvider env(Map<String, String> vars) {
        return EnvironmentCredentialsProvider.builder().prefix("BINANCE").environment(Environment.of(vars, Map.of()))
                .keyDecoder(new FakeKeyDecoder()).build();
    }

    private boolean holdsSecret(Credentials c) {
        return InsecureSecretAccess.copyBytes(c.signingKey().material()).length == secret.length()
                && new String(InsecureSecretAccess.copyBytes(c.signingKey().material()), StandardCharsets.UTF_8).equals(secret);
    }

    @Test
    void environmentVariablesWithPrefix() {
        Credentials c = env(Map.of("BINANCE_API_KEY", Fixtures.API_KEY, "BINANCE_API_SECRET", secret)).resolveCredentials();
        assertThat(c.apiKey().value()).isEqualTo(Fixtures.API_KEY);
        assertThat(c.signingKey().algorithm()).isEqualTo(SigningAlgorithm.HMAC_SHA256);
        assertThat(holdsSecret(c)).isTrue();
        assertThat(c.metadata().source()).isEqualTo("environment variable BINANCE_API_SECRET");
    }

    @Test
    void fileTwinReadsDockerSecretsAndStripsOneNewline() throws Exception {
        Path file = Fixtures.file(dir, "secret", secret + "\r\n", "rw-------");
        Credentials c = env(Map.of("BINANCE_API_KEY", Fixtures.API_KEY, "BINANCE_API_SECRET_FILE", file.toString())).resolveCredentials();
        assertThat(holdsSecret(c)).isTrue();
        assertThat(c.metadata().created()).contains(Files.getLastModifiedTime(file).toInstant());
    }

    @Test
    void valueAndFileTwinTogetherIsAnErrorNamingBoth() throws Exception {
        Path file = Fixtures.file(dir, "secret", secret, "rw-------");
        assertThatThrownBy(() -> env(Map.of("BINANCE_API_KEY", Fixtures.API_KEY, "BINANCE_API_SECRET", secret,
                "BINANCE_API_SECRET_FILE", file.toString())).resolveCredentials())
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("BINANCE_API_SECRET and BINANCE_API_SECRET_FILE");
    }

    @Test
    void worldReadableFileIsRefusedWithModeAndFix() throws Exception {
        Path file = Fixtures.file(dir, "secret", secret, "rw-r--r--");
        assertThatThrownBy(() -> env(Map.of("BINANCE_API_KEY", Fixtures.API_KEY, "BINANCE_API_SECRET_FILE", file.toString())).resolveCredentials())
                .isInstanceOf(InsecureFilePermissionsException.class).hasMessageContaining("BINANCE_API_SECRET_FILE")
                .hasMessageContaining("0644").hasMessageContaining("chmod 600 \"$BINANCE_API_SECRET_FILE\"");
        assertThatThrownBy(() -> SecretFileReader.create().readSecret(file)).hasMessageContaining("chmod 600 " + file);
    }

    @Test
    void aFileInAFolderOthersCanWriteIsRefusedUnlessTheFolderIsSticky() throws Exception {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Path file = Fixtures.file(shared, "secret", secret, "rw-------");
        Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(() -> SecretFileReader.create().readSecret(file)).isInstanceOf(InsecureFilePermissionsException.class)
                .hasMessageContaining("other users can write to").hasMessageContaining("0777").hasMessageContaining("chmod go-w " + shared);

        Files.setAttribute(shared, "unix:mode", 01777);
        assertThat(new String(SecretFileReader.create().readSecret(file), StandardCharsets.UTF_8)).isEqualTo(secret);
        Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void aSecretPastedIntoAFileVariableIsNeverEchoed() {
        String pem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIHXlq2bTfU3sQ7yWm9cz\n-----END PRIVATE KEY-----\n"; // signet:allow not a key, a pasted-PEM fixture
        for (Map<String, String> vars : List.of(Map.of("BINANCE_API_KEY", Fixtures.API_KEY, "BINANCE_API_SECRET_FILE", secret),
                Map.of("BINANCE_API_KEY", Fixtures.API_KEY, "BINANCE_PRIVATE_KEY_FILE", pem),
                Map.of("BINANCE_API_KEY", Fixtures.API_KEY, "BINANCE_API_SECRET_FILE", "a\0b" + secret))) {
            String pasted = vars.containsKey("BINANCE_PRIVATE_KEY_FILE") ? "MC4CAQAwBQYDK2VwBCIE" : secret.substring(0, 16);
            assertThatThrownBy(() -> env(vars).resolveCredentials()).isInstanceOf(CredentialsException.class)
                    .hasMessageContaining("the file named by environment variable BINANCE_").hasMessageNotContaining(pasted);
        }
        SystemPropertyCredentialsProvider properties = SystemPropertyCredentialsProvider.builder().prefix("binance")
                .environment(Environment.of(Map.of(), Map.of("binance.api.key", Fixtures.API_KEY, "binance.api.secret.file", secret)))
                .keyDecoder(new FakeKeyDecoder()).build();
        assertThatThrownBy(properties::resolveCredentials).hasMessageContaining("binance.api.secret.file")
                .hasMessageNotContaining(secret.substring(0, 16));
    }

    @Test
    void aCreationDateInTheFutureIsRefusedNotTakenAsANewKey() throws Exception {
        Path keyFile = Fixtures.file(dir, "key.pem", "FAKE KEY", "rw-------");
        EnvironmentCredentialsProvider provider = EnvironmentCredentialsProvider.builder().prefix("BINANCE")
                .environment(Environment.of(Map.of("BINANCE_API_KEY", Fixtures.API_KEY, "BINANCE_PRIVATE_KEY_FILE", keyFile.toString(),
                        "BINANCE_KEY_CREATED", "2999-01-01"), Map.of()))
                .keyDecoder(new FakeKeyDecoder()).build();
        assertThatThrownBy(provider::resolveCredentials).isInstanceOf(dev.signet.core.CredentialsException.class)
                .hasMessageContaining("BINANCE_KEY_CREATED").hasMessageContaining("in the future");
    }

    @Test
    void aKeyDecodedBeforeALaterFailureIsWiped() throws Exception {
        Path keyFile = Fixtures.file(dir, "key.pem", "FAKE KEY", "rw-------");
        List<dev.signet.core.SigningKey> decoded = new java.util.ArrayList<>();
        EnvironmentCredentialsProvider provider = EnvironmentCredentialsProvider.builder().prefix("BINANCE")
                .environment(Environment.of(Map.of("BINANCE_API_KEY", Fixtures.API_KEY, "BINANCE_PRIVATE_KEY_FILE", keyFile.toString(),
                        "BINANCE_KEY_CREATED", "31/01/2026"), Map.of()))
                .keyDecoder((content, pass) -> {
                    dev.signet.core.SigningKey key = new FakeKeyDecoder().decode(content, pass);
                    decoded.add(key);
                    return key;
                }).build();

        assertThatThrownBy(provider::resolveCredentials).hasMessageContaining("BINANCE_KEY_CREATED");

        assertThat(decoded).hasSize(1);
        assertThat(decoded.get(0).material().isClosed()).isTrue();
    }

    @Test
    void fileOwnedBySomeoneElseDirectoryOversizeAreRefused() throws Exception {
        Path file = Fixtures.file(dir, "secret", secret, "rw-------");
        assertThatThrownBy(() -> SecretFileReader.expectingOwner("nobody-else").readSecret(file))
                .isInstanceOf(InsecureFilePermissionsException.class).hasMessageContaining("owned by").hasMessageContaining("chown");
        assertThatThrownBy(() -> SecretFileReader.create().readSecret(dir)).hasMessageContaining("not a regular file");
        Path big = Fixtures.file(dir, "big", "a".repeat(SecretFileReader.MAX_BYTES + 1), "rw-------");
        assertThatThrownBy(() -> SecretFileReader.create().readSecret(big)).hasMessageContaining("1 MiB");
        assertThatThrownBy(() -> SecretFileReader.create().readSecret(dir.resolve("missing"))).hasMessageContaining("does not exist");
    }

    @Test
    void kubernetesDataSymlinksAreFollowed() throws Exception {
        Path versioned = Files.createDirectory(dir.resolve("..2026_11_24_data"));
        Fixtures.file(versioned, "api-secret", secret, "rw-------");
        Files.createSymbolicLink(dir.resolve("..data"), versioned.getFileName());
        Path link = Files.createSymbolicLink(dir.resolve("api-secret"), Path.of("..data/api-secret"));
        assertThat(new String(SecretFileReader.create().readSecret(link), StandardCharsets.UTF_8)).isEqualTo(secret);
    }

    @Test
    void placeholderSecretIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> env(Map.of("BINANCE_API_KEY", Fixtures.API_KEY, "BINANCE_API_SECRET", "your_api_secret")).resolveCredentials())
                .isInstanceOf(RejectedSecretException.class).hasMessageContaining("BINANCE_API_SECRET").hasMessageContaining("placeholder");
    }

    @Test
    void privateKeyFileWithPassphraseAndKeyCreatedDate() throws Exception {
        Path key = Fixtures.file(dir, "private.pem", "FAKE KEY ENCRYPTED", "r--------");
        Credentials c = env(Map.of("BINANCE_API_KEY", Fixtures.API_KEY, "BINANCE_PRIVATE_KEY_FILE", key.toString(),
                "BINANCE_PRIVATE_KEY_PASSPHRASE", "pw", "BINANCE_KEY_CREATED", "2026-01-31")).resolveCredentials();
        assertThat(c.signingKey().algorithm()).isEqualTo(SigningAlgorithm.ED25519);
        assertThat(c.metadata().created()).contains(Instant.parse("2026-01-31T00:00:00Z"));
        Clock may = Clock.fixed(Instant.parse("2026-05-31T00:00:00Z"), ZoneOffset.UTC);
        assertThat(c.metadata().isOlderThan(CredentialMetadata.DEFAULT_MAX_AGE, may)).isTrue();
        assertThat(c.metadata().isOlderThan(Duration.ofDays(200), may)).isFalse();
    }

    @Test
    void aPassphraseThatIsNotUtf8IsAnErrorNotAReplacementCharacter() throws Exception {
        Path key = Fixtures.file(dir, "private.pem", "FAKE KEY ENCRYPTED", "rw-------");
        Path passphrase = Files.write(dir.resolve("passphrase"), new byte[] {'p', (byte) 0xc3, '(', 'w'});
        Files.setPosixFilePermissions(passphrase, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        List<byte[]> seen = new java.util.ArrayList<>();
        EnvironmentCredentialsProvider provider = EnvironmentCredentialsProvider.builder().prefix("BINANCE")
                .environment(Environment.of(Map.of("BINANCE_API_KEY", Fixtures.API_KEY, "BINANCE_PRIVATE_KEY_FILE", key.toString(),
                        "BINANCE_PRIVATE_KEY_PASSPHRASE_FILE", passphrase.toString()), Map.of()))
                .keyDecoder((content, pass) -> {
                    seen.add(content);
                    return new FakeKeyDecoder().decode(content, pass);
                }).build();

        assertThatThrownBy(provider::resolveCredentials).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("BINANCE_PRIVATE_KEY_PASSPHRASE_FILE").hasMessageContaining("not valid UTF-8");
        assertThat(seen).as("the key is never decoded with a mangled passphrase").isEmpty();
    }

    @Test
    void keyAgeDefaultsToTheKeyFilesModificationTime() throws Exception {
        Path key = Fixtures.file(dir, "private.pem", "FAKE KEY", "rw-------");
        Files.setLastModifiedTime(key, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
        Credentials c = env(Map.of("BINANCE_API_KEY", Fixtures.API_KEY, "BINANCE_PRIVATE_KEY_FILE", key.toString())).resolveCredentials();
        assertThat(c.metadata().created()).contains(Instant.parse("2025-01-01T00:00:00Z"));
    }

    @Test
    void secretAndKeyFileTogetherOrMissingApiKeyAreErrors() throws Exception {
        Path key = Fixtures.file(dir, "private.pem", "FAKE KEY", "rw-------");
        assertThatThrownBy(() -> env(Map.of("BINANCE_API_KEY", Fixtures.API_KEY, "BINANCE_API_SECRET", secret,
                "BINANCE_PRIVATE_KEY_FILE", key.toString())).resolveCredentials())
                .hasMessageContaining("both BINANCE_API_SECRET and BINANCE_PRIVATE_KEY_FILE");
        assertThatThrownBy(() -> env(Map.of("BINANCE_API_SECRET", secret)).resolveCredentials())
                .hasMessageContaining("BINANCE_API_KEY is not set");
    }

    @Test
    void systemPropertiesUseLowerCaseDottedNames() throws Exception {
        Path file = Fixtures.file(dir, "secret", secret, "rw-------");
        Credentials c = SystemPropertyCredentialsProvider.builder().prefix("BINANCE")
                .environment(Environment.of(Map.of(), Map.of("binance.api.key", Fixtures.API_KEY, "binance.api.secret.file", file.toString())))
                .build().resolveCredentials();
        assertThat(holdsSecret(c)).isTrue();
    }

    @Test
    void systemdCredentialsDirectory() throws Exception {
        Fixtures.file(dir, "api-key", Fixtures.API_KEY + "\n", "r--------");
        Fixtures.file(dir, "api-secret", secret + "\n", "r--------");
        Credentials c = SystemdCredentialsProvider.builder().environment(Environment.of(Map.of("CREDENTIALS_DIRECTORY", dir.toString()), Map.of()))
                .build().resolveCredentials();
        assertThat(c.apiKey().value()).isEqualTo(Fixtures.API_KEY);
        assertThat(holdsSecret(c)).isTrue();
    }

    @Test
    void theSystemdFolderCameFromAVariableAndIsNeverPrinted() throws Exception {
        String pasted = "Zk3q9TbHc2mW8xLr5vN1pQ7sY4uE6oIuOk"; // a secret pasted where the folder belongs
        SystemdCredentialsProvider provider = SystemdCredentialsProvider.builder()
                .environment(Environment.of(Map.of("CREDENTIALS_DIRECTORY", pasted), Map.of())).build();
        assertThat(provider.toString()).doesNotContain(pasted).contains("$CREDENTIALS_DIRECTORY");
        assertThatThrownBy(provider::resolveCredentials).satisfies(e -> assertThat(e.getMessage()).doesNotContain(pasted));
        Fixtures.file(dir, "api-key", Fixtures.API_KEY + "\n", "r--------");
        Fixtures.file(dir, "api-secret", "short\n", "r--------");
        assertThatThrownBy(SystemdCredentialsProvider.builder().environment(Environment.of(Map.of("CREDENTIALS_DIRECTORY", dir.toString()),
                Map.of())).build()::resolveCredentials).satisfies(e -> assertThat(e.getMessage()).doesNotContain(dir.toString()));
    }

    @Test
    void explicitFiles() throws Exception {
        Credentials c = FileCredentialsProvider.builder().apiKeyFile(Fixtures.file(dir, "k", Fixtures.API_KEY, "rw-------"))
                .privateKeyFile(Fixtures.file(dir, "p", "FAKE KEY", "rw-------")).keyDecoder(new FakeKeyDecoder()).build().resolveCredentials();
        assertThat(c.signingKey().algorithm()).isEqualTo(SigningAlgorithm.ED25519);
    }

    @Test
    void profileReferencesVariablesAndFilesButRefusesInlineSecrets() throws Exception {
        Path secretFile = Fixtures.file(dir, "secret", secret, "rw-------");
        Path profile = Fixtures.file(dir, "credentials.json", "{\"profiles\":{"
                + "\"default\":{\"apiKey\":{\"env\":\"MY_KEY\"},\"apiSecret\":{\"file\":\"" + secretFile + "\"}},"
                + "\"inline\":{\"apiKey\":\"" + Fixtures.API_KEY + "\",\"apiSecret\":\"" + secret + "\"},"
                + "\"explicit\":{\"apiKey\":\"" + Fixtures.API_KEY + "\",\"apiSecret\":{\"insecureInlineSecret\":\"" + secret + "\"}}}}", "rw-------");
        Environment environment = Environment.of(Map.of("MY_KEY", Fixtures.API_KEY, "SIGNET_CREDENTIALS_FILE", profile.toString()), Map.of());
        Credentials c = ProfileCredentialsProvider.builder().environment(environment).build().resolveCredentials();
        assertThat(holdsSecret(c)).isTrue();
        assertThatThrownBy(() -> ProfileCredentialsProvider.builder().environment(environment).profile("inline").build().resolveCredentials())
                .hasMessageContaining("inline").hasMessageContaining("insecureInlineSecret").message().doesNotContain(secret);
        assertThat(holdsSecret(ProfileCredentialsProvider.builder().environment(environment).profile("explicit").build().resolveCredentials())).isTrue();
        assertThatThrownBy(() -> ProfileCredentialsProvider.builder().environment(environment).profile("nope").build().resolveCredentials())
                .hasMessageContaining("no profile 'nope'");
    }

    @Test
    void aProviderOfYourOwnTakesPartInTheChainLikeTheBuiltInOnes() {
        CredentialsProvider vault = () -> {
            throw new SourceNotConfiguredException("vault: VAULT_SECRET_PATH is not set");
        };
        EnvironmentCredentialsProvider environment = env(Map.of("BINANCE_API_KEY", Fixtures.API_KEY, "BINANCE_API_SECRET", secret));
        assertThat(holdsSecret(CredentialsProviderChain.of(vault, environment).resolveCredentials())).isTrue();
        assertThatThrownBy(() -> CredentialsProviderChain.of(vault).resolveCredentials()).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("no credentials found").hasMessageContaining("vault: VAULT_SECRET_PATH is not set");
        CredentialsProvider broken = () -> {
            throw new CredentialsException("vault: permission denied on secret/binance");
        };
        assertThatThrownBy(() -> CredentialsProviderChain.of(broken, environment).resolveCredentials())
                .hasMessage("vault: permission denied on secret/binance");
    }

    @Test
    void aProfileIsReadOncePerResolveSoAnEditMidResolveCannotMixVersions() throws Exception {
        Path key = Fixtures.file(dir, "key", "FAKE KEY", "rw-------");
        String profile = "{\"profiles\":{\"default\":{\"apiKey\":\"" + Fixtures.API_KEY + "\",\"privateKeyFile\":\"" + key
                + "\",\"keyCreated\":\"%s\"}}}";
        Path file = Fixtures.file(dir, "credentials.json", String.format(profile, "2026-01-31"), "rw-------");
        // key decoding happens after the key file is found and before the creation date is read
        dev.signet.spi.PrivateKeyDecoder editingMidResolve = (content, passphrase) -> {
            try {
                Files.writeString(file, String.format(profile, "2020-01-01"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new FakeKeyDecoder().decode(content, passphrase);
        };
        Credentials c = ProfileCredentialsProvider.builder().file(file).environment(Environment.of(Map.of(), Map.of()))
                .keyDecoder(editingMidResolve).build().resolveCredentials();
        assertThat(c.metadata().created()).contains(Instant.parse("2026-01-31T00:00:00Z"));
    }

    @Test
    void namesFromVariablesAndProfilesAreEscapedInMessages() throws Exception {
        Path profile = Fixtures.file(dir, "credentials.json", "{\"profiles\":{\"default\":{\"apiKey\":\"" + Fixtures.API_KEY
                + "\",\"apiSecret\":{\"env\":\"S\\nWARN forged\\u001b[2K\"}}}}", "rw-------");
        Environment environment = Environment.of(Map.of("S\nWARN forged\u001b[2K", "changeme", "SIGNET_PROFILE", "bot\r\nWARN forged"),
                Map.of());
        assertThatThrownBy(() -> ProfileCredentialsProvider.builder().file(profile).environment(environment).build().resolveCredentials())
                .hasMessageContaining("no profile 'bot\\r\\nWARN forged'").message().doesNotContain("\n").doesNotContain("\r");
        assertThatThrownBy(() -> ProfileCredentialsProvider.builder().file(profile).environment(environment).profile("default").build()
                .resolveCredentials()).isInstanceOf(RejectedSecretException.class)
                .hasMessageContaining("environment variable S\\nWARN forged\\u001b[2K").message().doesNotContain("\n").doesNotContain("\u001b");
    }

    @Test
    void diagnoseEscapesWhatAnErrorQuotesFromAKeyFile() {
        CredentialsProvider hostile = () -> {
            throw new dev.signet.core.KeyFormatException("unsupported KDF 'x\nFOUND forged source: key sha256:00000000\u001b[2K'");
        };
        SourceReport report = CredentialsProviderChain.of(hostile).diagnose(Clock.systemUTC(), CredentialMetadata.DEFAULT_MAX_AGE).get(0);
        assertThat(report.toString()).contains("KDF 'x\\nFOUND forged source: key sha256:00000000\\u001b[2K'")
                .doesNotContain("\n").doesNotContain("\u001b");
    }

    @Test
    void aProfilePastedIntoTheFileVariableIsNeverPrinted() {
        String pasted = "{\"profiles\":{\"default\":{\"apiKey\":\"" + Fixtures.API_KEY + "\",\"apiSecret\":{\"insecureInlineSecret\":\""
                + secret + "\"}}}}";
        Environment environment = Environment.of(Map.of(ProfileCredentialsProvider.FILE_VARIABLE, pasted), Map.of("user.home", dir.toString()));
        DefaultCredentialsProvider chain = DefaultCredentialsProvider.builder().environment(environment).build();
        assertThat(chain.toString()).doesNotContain(secret).contains(ProfileCredentialsProvider.FILE_VARIABLE);
        assertThatThrownBy(chain::resolveCredentials).isInstanceOf(CredentialsException.class).message().doesNotContain(secret);
        assertThat(chain.diagnose(Clock.systemUTC(), CredentialMetadata.DEFAULT_MAX_AGE))
                .allSatisfy(report -> assertThat(report.toString()).doesNotContain(secret));
    }

    @Test
    void defaultChainPrefersPropertiesThenEnvironmentThenSystemdThenProfile() throws Exception {
        Fixtures.file(dir, "api-key", Fixtures.API_KEY, "r--------");
        Fixtures.file(dir, "api-secret", secret, "r--------");
        String envSecret = Fixtures.randomSecret();
        Map<String, String> vars = Map.of("CREDENTIALS_DIRECTORY", dir.toString(), "BINANCE_API_KEY", Fixtures.API_KEY, "BINANCE_API_SECRET", envSecret);
        DefaultCredentialsProvider both = DefaultCredentialsProvider.builder().prefix("BINANCE").environment(Environment.of(vars, Map.of())).build();
        assertThat(both.resolveCredentials().metadata().source()).isEqualTo("environment variable BINANCE_API_SECRET");
        DefaultCredentialsProvider systemdOnly = DefaultCredentialsProvider.builder().prefix("BINANCE")
                .environment(Environment.of(Map.of("CREDENTIALS_DIRECTORY", dir.toString()), Map.of())).build();
        assertThat(systemdOnly.resolveCredentials().metadata().source()).startsWith("systemd credential");
    }

    @Test
    void emptyChainListsEverySourceTriedAndWhy() {
        DefaultCredentialsProvider nothing = DefaultCredentialsProvider.builder().prefix("BINANCE")
                .environment(Environment.of(Map.of(), Map.of("user.home", dir.toString()))).build();
        CredentialsException e = org.assertj.core.api.Assertions.catchThrowableOfType(CredentialsException.class, nothing::resolveCredentials);
        assertThat(e.attempts()).hasSize(4);
        assertThat(e.getMessage()).contains("binance.api.key is not set", "BINANCE_API_KEY is not set", "CREDENTIALS_DIRECTORY", "credentials.json");
    }

    @Test
    void diagnoseReportsEachSourceWithoutThrowing() throws Exception {
        Path file = Fixtures.file(dir, "secret", secret, "rw-r-----");
        DefaultCredentialsProvider provider = DefaultCredentialsProvider.builder().prefix("BINANCE").environment(Environment.of(
                Map.of("BINANCE_API_KEY", Fixtures.API_KEY, "BINANCE_API_SECRET_FILE", file.toString()), Map.of("user.home", dir.toString()))).build();
        List<SourceReport> reports = provider.diagnose(Clock.systemUTC(), CredentialMetadata.DEFAULT_MAX_AGE);
        assertThat(reports).extracting(SourceReport::outcome).containsExactly(SourceReport.Outcome.ABSENT, SourceReport.Outcome.ERROR,
                SourceReport.Outcome.ABSENT, SourceReport.Outcome.ABSENT);
        assertThat(reports.get(1).detail()).contains("chmod 600");
    }
}
