package dev.signet.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.Credentials;
import dev.signet.core.CredentialsException;
import dev.signet.core.SecretPolicy;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the assembler says about a source: where the key came from, which settings clash, what is missing. */
class CredentialsAssemblerTest {
    private static final String URI = "pkcs11:token=bot;object=binance-ed25519";

    @TempDir
    Path dir;

    private static CredentialsAssembler assembler() {
        return new CredentialsAssembler(SecretPolicy.defaults(), SecretFileReader.expectingOwner(System.getProperty("user.name")),
                new FakeKeyDecoder());
    }

    @Test
    void anHmacKeyComesFromTheSecretsOriginAndAKeyFileFromTheFileItNames() throws Exception {
        HeldSource hmac = new HeldSource().with(Field.API_KEY, Fixtures.API_KEY).with(Field.API_SECRET, Fixtures.randomSecret());
        try (Credentials credentials = assembler().assemble(hmac)) {
            assertThat(credentials.metadata().source()).isEqualTo("test API_SECRET");
        }
        Path key = Fixtures.file(dir, "key", "FAKE KEY", "rw-------");
        HeldSource file = new HeldSource().with(Field.API_KEY, Fixtures.API_KEY).with(Field.PRIVATE_KEY_FILE, key.toString());
        try (Credentials credentials = assembler().assemble(file)) {
            assertThat(credentials.metadata().source()).isEqualTo("key file named by test PRIVATE_KEY_FILE");
        }
    }

    @Test
    void allThreeKindsOfKeySetAtOnceAreNamedWithoutBoth() {
        HeldSource source = new HeldSource().with(Field.API_KEY, Fixtures.API_KEY).with(Field.API_SECRET, Fixtures.randomSecret())
                .with(Field.PRIVATE_KEY_FILE, "/run/secrets/key.pem").with(Field.PRIVATE_KEY_URI, URI);
        assertThatThrownBy(() -> assembler().assemble(source)).isInstanceOf(CredentialsException.class)
                .hasMessage("test source: API_SECRET and PRIVATE_KEY_FILE and PRIVATE_KEY_URI are set; an API key has one of them, "
                        + "unset the others");
    }

    @Test
    void aMissingPkcs11ModuleIsNamedOnceAfterTheUrisOrigin() {
        HeldSource source = new HeldSource().with(Field.API_KEY, Fixtures.API_KEY).with(Field.PRIVATE_KEY_URI, URI);
        assertThatThrownBy(() -> assembler().assemble(source)).isInstanceOf(CredentialsException.class)
                .hasMessage("test PRIVATE_KEY_URI names a key in a PKCS#11 token; reading it needs the dependency dev.signet:signet-pkcs11");
    }

    @Test
    void withoutSignetKeysTheDiscoveredDecoderNamesTheDependency() {
        assertThatThrownBy(() -> CredentialsAssembler.discoveredKeyDecoder().decode(new byte[] {1}, null))
                .isInstanceOf(CredentialsException.class).hasMessageContaining("dev.signet:signet-keys");
    }
}
