package dev.signet.pkcs11;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.CredentialsException;
import dev.signet.core.Signer;
import dev.signet.core.Signers;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import dev.signet.pkcs11.testing.OpenSslVerify;
import dev.signet.pkcs11.testing.SoftHsm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key pairs generated inside the token: sensitive, never extractable, and the public key pkcs11-tool reads is the one Signet prints. */
class Pkcs11KeygenTest {
    private static final byte[] MESSAGE = "symbol=BTCUSDT&timestamp=1700000000000".getBytes(StandardCharsets.US_ASCII);
    private static final String TOKEN = "keygen";

    @TempDir
    static Path dir;
    static SoftHsm hsm;
    static String pin;

    @BeforeAll
    static void token() throws Exception {
        hsm = SoftHsm.start(dir);
        pin = SoftHsm.newPin();
        hsm.initToken(TOKEN, pin);
    }

    private static SigningKey generate(String label, SigningAlgorithm algorithm, int bits) {
        return Pkcs11Keys.create().generate(Pkcs11Uri.parse(SoftHsm.uri(TOKEN, label)), algorithm, bits, pin.toCharArray());
    }

    @Test
    void ed25519PairIsMadeInsideTheTokenAndCannotLeaveIt() throws Exception {
        try (SigningKey key = generate("gen-ed", SigningAlgorithm.ED25519, 0); Signer signer = Signers.forKey(key)) {
            byte[] exported = hsm.exportPublicKey(TOKEN, "gen-ed");
            assertThat(key.publicKeySpki()).hasValue(exported);
            assertThat(OpenSslVerify.verifies(dir, SigningAlgorithm.ED25519, exported, MESSAGE, signer.sign(MESSAGE))).isTrue();
            assertThat(key.holder()).hasValueSatisfying(h -> assertThat(h).contains("sensitive, not extractable"));
        }
        String listing = hsm.listObjects(TOKEN, pin);
        assertThat(listing).contains("Private Key Object; EC_EDWARDS").contains("never extractable");
    }

    @Test
    void rsaPairOfTheRequestedSize() throws Exception {
        try (SigningKey key = generate("gen-rsa", SigningAlgorithm.RSA_PKCS1_SHA256, 3072); Signer signer = Signers.forKey(key)) {
            assertThat(signer.signatureLength()).isEqualTo(384);
            byte[] exported = hsm.exportPublicKey(TOKEN, "gen-rsa");
            assertThat(OpenSslVerify.verifies(dir, SigningAlgorithm.RSA_PKCS1_SHA256, exported, MESSAGE, signer.sign(MESSAGE))).isTrue();
        }
    }

    @Test
    void anExistingLabelIsNeverOverwritten() {
        generate("taken", SigningAlgorithm.ED25519, 0).close();
        assertThatThrownBy(() -> generate("taken", SigningAlgorithm.ED25519, 0)).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("already holds an object labelled 'taken'").hasMessageContaining("never overwrites");
        assertThatThrownBy(() -> generate("bits", SigningAlgorithm.RSA_PKCS1_SHA256, 1024)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2048, 3072 or 4096");
        assertThatThrownBy(() -> Pkcs11Keys.create().generate(Pkcs11Uri.parse("pkcs11:token=keygen;id=%09?module-path=" + SoftHsm.LIBRARY),
                SigningAlgorithm.ED25519, 0, pin.toCharArray())).isInstanceOf(CredentialsException.class).hasMessageContaining("object=LABEL");
    }
}
