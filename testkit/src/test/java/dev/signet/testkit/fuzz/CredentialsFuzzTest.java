package dev.signet.testkit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.signet.core.CredentialsException;
import dev.signet.core.KeyFormatException;
import dev.signet.core.SecretPolicy;
import dev.signet.credentials.Environment;
import dev.signet.credentials.EnvironmentCredentialsProvider;
import dev.signet.credentials.ProfileCredentialsProvider;
import dev.signet.credentials.SecretFileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/** Profile JSON and {@code X_FILE} content: only the documented credential and key exceptions may escape. */
class CredentialsFuzzTest {
    private static final Path DIR = tempDir();

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("signet-fuzz", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path ownerOnly(String name, byte[] content) {
        try {
            Path file = DIR.resolve(name);
            Files.write(file, content);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void profileJsonOnlyThrowsCredentialsExceptions(FuzzedDataProvider data) {
        String profile = data.consumeString(12);
        Path file = ownerOnly("credentials.json", data.consumeRemainingAsBytes());
        try {
            ProfileCredentialsProvider.builder().file(file).profile(profile).environment(Environment.of(Map.of(), Map.of())).build()
                    .resolveCredentials().close();
        } catch (CredentialsException | KeyFormatException expected) {
            FuzzAssertions.noKeyBytesIn(expected, new byte[0]);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void secretFileContentOnlyThrowsCredentialsExceptions(FuzzedDataProvider data) {
        byte[] content = data.consumeRemainingAsBytes();
        Path file = ownerOnly("secret", content);
        try {
            SecretPolicy.defaults().admit(SecretFileReader.create().readSecret(file), "file " + file).close();
        } catch (CredentialsException expected) {
            FuzzAssertions.noKeyBytesIn(expected, content);
        }
        Map<String, String> env = Map.of("FUZZ_API_KEY", "fuzzKeyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789", "FUZZ_API_SECRET_FILE", file.toString());
        try {
            EnvironmentCredentialsProvider.builder().prefix("FUZZ").environment(Environment.of(env, Map.of())).build().resolveCredentials().close();
        } catch (CredentialsException expected) {
            FuzzAssertions.noKeyBytesIn(expected, content);
        }
    }
}
