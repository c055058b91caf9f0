package dev.signet.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.CredentialsException;
import dev.signet.core.SigningAlgorithm;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jackson is optional in core: a bot without it still resolves credentials from every other source, and a profile
 * file then fails with the dependency to add. Runs in its own surefire execution, with Jackson off the class path.
 */
class ProfileWithoutJacksonTest {
    @TempDir
    Path dir;

    @Test
    void jacksonIsReallyAbsentInThisRun() {
        assertThatThrownBy(() -> Class.forName(ProfileJson.JACKSON_CLASS)).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void everyOtherSourceWorksAndAMissingProfileFileIsSkipped() {
        Environment environment = Environment.of(Map.of("SIGNET_API_KEY", Fixtures.API_KEY, "SIGNET_API_SECRET", Fixtures.randomSecret()),
                Map.of("user.home", dir.toString()));
        assertThat(DefaultCredentialsProvider.builder().environment(environment).build().resolveCredentials().signingKey().algorithm())
                .isEqualTo(SigningAlgorithm.HMAC_SHA256);
    }

    @Test
    void aProfileFileSaysWhichDependencyToAdd() throws Exception {
        Path file = Fixtures.file(dir, "credentials.json", "{\"profiles\":{}}", "rw-------");
        assertThatThrownBy(() -> ProfileCredentialsProvider.builder().file(file).environment(Environment.of(Map.of(), Map.of())).build()
                .resolveCredentials()).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("com.fasterxml.jackson.core:jackson-databind").hasMessageContaining(file.toString());
    }
}
