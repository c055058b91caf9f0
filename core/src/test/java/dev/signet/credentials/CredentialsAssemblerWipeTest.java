package dev.signet.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.Credentials;
import dev.signet.core.KeyFormatException;
import dev.signet.core.RejectedSecretException;
import dev.signet.core.SecretPolicy;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import dev.signet.spi.PrivateKeyDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every value the assembler takes from a source, every key file's content and every decoded passphrase is zeros
 * once {@link CredentialsAssembler#assemble} returns or throws. The arrays are the ones the source handed over (the
 * assembler owns and wipes them) and the ones the key decoder was given.
 */
class CredentialsAssemblerWipeTest {
    @TempDir
    Path dir;

    /** The fake decoder, remembering the arrays it was handed. */
    private static final class RecordingDecoder implements PrivateKeyDecoder {
        final List<byte[]> contents = new ArrayList<>();
        final List<char[]> passphrases = new ArrayList<>();

        @Override
        public SigningKey decode(byte[] content, char[] passphrase) {
            contents.add(content);
            if (passphrase != null) {
                passphrases.add(passphrase);
            }
            return new FakeKeyDecoder().decode(content, passphrase);
        }

        void assertAllWiped() {
            assertThat(contents).isNotEmpty();
            contents.forEach(c -> assertThat(c).containsOnly(0));
            passphrases.forEach(p -> assertThat(p).containsOnly('\0'));
        }
    }

    private final RecordingDecoder decoder = new RecordingDecoder();

    private CredentialsAssembler assembler() {
        return new CredentialsAssembler(SecretPolicy.defaults(), SecretFileReader.expectingOwner(System.getProperty("user.name")),
                decoder);
    }

    private HeldSource keyFileSource(String content) throws Exception {
        Path key = Fixtures.file(dir, "key", content, "rw-------");
        return new HeldSource().with(Field.API_KEY, Fixtures.API_KEY).with(Field.PRIVATE_KEY_FILE, key.toString());
    }

    @Test
    void anHmacSecretAndItsApiKeyAreWipedFromTheSource() {
        HeldSource source = new HeldSource().with(Field.API_KEY, Fixtures.API_KEY).with(Field.API_SECRET, Fixtures.randomSecret());
        try (Credentials credentials = assembler().assemble(source)) {
            assertThat(credentials.signingKey().algorithm()).isEqualTo(SigningAlgorithm.HMAC_SHA256);
            assertThat(credentials.signingKey().material().isClosed()).isFalse();
        }
        source.assertAllWiped();
    }

    @Test
    void aRefusedSecretIsWipedFromTheSourceToo() {
        HeldSource source = new HeldSource().with(Field.API_KEY, Fixtures.API_KEY).with(Field.API_SECRET, "your_api_secret");
        assertThatThrownBy(() -> assembler().assemble(source)).isInstanceOf(RejectedSecretException.class);
        source.assertAllWiped();
    }

    @Test
    void aKeyFilesContentAndPassphraseAreWipedAfterDecoding() throws Exception {
        HeldSource source = keyFileSource("FAKE KEY ENCRYPTED 1").with(Field.PRIVATE_KEY_PASSPHRASE, "pw");
        try (Credentials credentials = assembler().assemble(source)) {
            assertThat(credentials.signingKey().algorithm()).isEqualTo(SigningAlgorithm.ED25519);
        }
        assertThat(decoder.passphrases).hasSize(1);
        decoder.assertAllWiped();
        source.assertAllWiped();
    }

    @Test
    void aKeyFileTheDecoderRefusesIsWipedWithItsPassphrase() throws Exception {
        HeldSource source = keyFileSource("FAKE KEY ENCRYPTED 2").with(Field.PRIVATE_KEY_PASSPHRASE, "wrong");
        assertThatThrownBy(() -> assembler().assemble(source)).isInstanceOf(KeyFormatException.class);
        assertThat(decoder.passphrases).hasSize(1);
        decoder.assertAllWiped();
        source.assertAllWiped();
    }

    @Test
    void aPassphraseThatIsNotUtf8IsWipedBeforeAnythingIsDecoded() throws Exception {
        HeldSource source = keyFileSource("FAKE KEY ENCRYPTED 3");
        source.values.put(Field.PRIVATE_KEY_PASSPHRASE, new byte[] {'p', (byte) 0xff});
        assertThatThrownBy(() -> assembler().assemble(source)).hasMessageContaining("not valid UTF-8");
        assertThat(decoder.contents).isEmpty();
        source.assertAllWiped();
    }

    @Test
    void aKeyUriThatIsNoPkcs11UriIsWipedFromTheSource() {
        HeldSource source = new HeldSource().with(Field.API_KEY, Fixtures.API_KEY).with(Field.PRIVATE_KEY_URI, "file:/home/bot/key.pem");
        assertThatThrownBy(() -> assembler().assemble(source)).hasMessageContaining("must be a pkcs11: URI");
        source.assertAllWiped();
    }

    @Test
    void aKeyUrisPinAndLibraryAreWipedWhenNoModuleReadsTheUri() {
        HeldSource source = new HeldSource().with(Field.API_KEY, Fixtures.API_KEY)
                .with(Field.PRIVATE_KEY_URI, "pkcs11:token=bot;object=binance-ed25519").with(Field.PKCS11_PIN, "48151623")
                .with(Field.PKCS11_MODULE, "/usr/lib/softhsm/libsofthsm2.so");
        assertThatThrownBy(() -> assembler().assemble(source)).hasMessageContaining("dev.signet:signet-pkcs11");
        assertThat(source.values).containsKeys(Field.PKCS11_PIN, Field.PKCS11_MODULE);
        source.assertAllWiped();
    }
}
