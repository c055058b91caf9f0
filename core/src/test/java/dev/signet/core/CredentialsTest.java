package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.testing.TestSecrets;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Closing credentials wipes their signing key, and they print the abbreviated API key, the key and the source only. */
class CredentialsTest {
    private static Credentials credentials() {
        SigningKey key = SigningKey.hmacSha256(SecretPolicy.defaults().admit(TestSecrets.random().getBytes(StandardCharsets.UTF_8), "s"));
        return new Credentials(ApiKey.of("abcdefghijklmnop"), key, new CredentialMetadata("env P_API_SECRET", null, key.fingerprint()));
    }

    @Test
    void closingTheCredentialsWipesTheSigningKey() {
        Credentials credentials = credentials();
        credentials.close();
        assertThat(credentials.signingKey().material().isClosed()).isTrue();
    }

    @Test
    void toStringShowsTheAbbreviatedApiKeyTheKeyAndTheSource() {
        try (Credentials credentials = credentials()) {
            assertThat(credentials).hasToString("Credentials[apiKey=abcd…mnop, key=" + credentials.signingKey() + ", source=env P_API_SECRET]");
        }
    }
}
