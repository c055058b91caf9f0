package dev.signet.pkcs11;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.CredentialsException;
import dev.signet.core.KeyFormatException;
import dev.signet.core.KeyUnavailableException;
import dev.signet.core.Signer;
import dev.signet.core.Signers;
import dev.signet.core.SigningKey;
import dev.signet.core.WeakKeyException;
import dev.signet.pkcs11.testing.SoftHsm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a token key can be unusable ends in a specific exception that names the fix and never the PIN. */
class Pkcs11BadInputTest {
    private static final byte[] MESSAGE = "timestamp=1499827319559".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    static Path dir;
    static SoftHsm hsm;
    static String pin;

    @BeforeAll
    static void tokens() throws Exception {
        hsm = SoftHsm.start(dir);
        pin = SoftHsm.newPin();
        hsm.initToken("bad-input", pin);
        hsm.generate("bad-input", pin, "EC:edwards25519", "ed", "01");
        hsm.generate("bad-input", pin, "EC:prime256v1", "p256", "02");
        hsm.generate("bad-input", pin, "rsa:1024", "rsa1024", "03");
        hsm.initToken("doomed", pin);
        hsm.generate("doomed", pin, "EC:edwards25519", "ed", "01");
        hsm.initToken("twin", pin);
        hsm.generate("twin", pin, "EC:edwards25519", "same", "01");
        hsm.generate("twin", pin, "EC:edwards25519", "same", "02");
    }

    private static SigningKey open(String uri, String pinText) {
        return Pkcs11Keys.create().open(Pkcs11Uri.parse(uri), pinText == null ? null : pinText.toCharArray());
    }

    @Test
    void aWrongPinIsNamedAsSuchAndNeverEchoed() {
        String wrong = "0" + pin;
        assertThatThrownBy(() -> open(SoftHsm.uri("bad-input", "ed"), wrong)).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("PIN for pkcs11 token 'bad-input' is incorrect").hasMessageContaining("does not retry")
                .hasMessageNotContaining(wrong).hasMessageNotContaining(pin);
    }

    @Test
    void aWrongPinIsRefusedEvenWhileAnotherKeyKeepsTheTokenLoggedIn() {
        try (SigningKey open = open(SoftHsm.uri("bad-input", "ed"), pin)) {
            String wrong = pin + "1";
            assertThatThrownBy(() -> open("pkcs11:token=bad-input;id=%01?module-path=" + SoftHsm.LIBRARY, wrong))
                    .isInstanceOf(CredentialsException.class).hasMessageContaining("is incorrect").hasMessageNotContaining(wrong);
            assertThatThrownBy(() -> open("pkcs11:token=bad-input;id=%01?module-path=" + SoftHsm.LIBRARY, null))
                    .isInstanceOf(CredentialsException.class).hasMessageContaining("is incorrect");
            try (SigningKey second = open("pkcs11:token=bad-input;id=%01?module-path=" + SoftHsm.LIBRARY, pin)) {
                assertThat(second.fingerprint()).isEqualTo(open.fingerprint());
            }
        }
    }

    @Test
    void noPinAtAllSaysWhereToPutOne() {
        assertThatThrownBy(() -> open(SoftHsm.uri("bad-input", "ed"), null)).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("needs a PIN").hasMessageContaining("P_PKCS11_PIN_FILE").hasMessageContaining("pin-source=file:");
    }

    @Test
    void aPinSourceFileIsReadUnderTheSecretFileRules() throws Exception {
        Path file = hsm.pinFile(pin);
        try (SigningKey key = open(SoftHsm.uri("bad-input", "ed") + "&pin-source=file:" + file, null); Signer s = Signers.forKey(key)) {
            assertThat(s.sign(MESSAGE)).hasSize(64);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> open(SoftHsm.uri("bad-input", "ed") + "&pin-source=" + file, null))
                .isInstanceOf(CredentialsException.class).hasMessageContaining("chmod 600");
        assertThatThrownBy(() -> open(SoftHsm.uri("bad-input", "ed") + "&pin-source=" + file, pin))
                .isInstanceOf(CredentialsException.class).hasMessageContaining("PIN is given twice");
    }

    @Test
    void aMissingTokenListsTheTokensPresent() {
        assertThatThrownBy(() -> open(SoftHsm.uri("absent", "ed"), pin)).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("no token labelled 'absent'").hasMessageContaining("'bad-input'");
    }

    @Test
    void aMissingObjectSaysHowToListOrMakeKeys() {
        assertThatThrownBy(() -> open(SoftHsm.uri("bad-input", "nope"), pin)).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("no private key object 'nope' in pkcs11 token 'bad-input'").hasMessageContaining("--list-objects");
    }

    @Test
    void twoMatchingKeysAreAmbiguous() {
        assertThatThrownBy(() -> open(SoftHsm.uri("twin", "same"), pin)).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("more than one private key").hasMessageContaining("add id=");
        try (SigningKey key = open("pkcs11:token=twin;object=same;id=%02?module-path=" + SoftHsm.LIBRARY, pin)) {
            assertThat(key.holder()).hasValueSatisfying(h -> assertThat(h).contains("id 02"));
        }
    }

    @Test
    void keysOfTheWrongTypeOrSizeAreRefused() {
        assertThatThrownBy(() -> open(SoftHsm.uri("bad-input", "p256"), pin)).isInstanceOf(KeyFormatException.class)
                .hasMessageContaining("is a CKK_EC").hasMessageContaining("Ed25519 (CKK_EC_EDWARDS) or RSA");
        assertThatThrownBy(() -> open(SoftHsm.uri("bad-input", "rsa1024"), pin)).isInstanceOf(WeakKeyException.class)
                .hasMessageContaining("1024 bits");
    }

    @Test
    void aMissingLibraryIsNamed() {
        assertThatThrownBy(() -> open("pkcs11:token=bad-input;object=ed?module-path=/nonexistent/libpkcs11.so", pin))
                .isInstanceOf(CredentialsException.class).hasMessageContaining("'/nonexistent/libpkcs11.so' does not exist");
        assertThatThrownBy(() -> open("pkcs11:token=bad-input;object=ed", pin)).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("name the PKCS#11 library");
        Path notALibrary = dir.resolve("not-a-library.so");
        assertThatThrownBy(() -> {
            Files.writeString(notALibrary, "text");
            open("pkcs11:token=bad-input;object=ed?module-path=" + notALibrary, pin);
        }).isInstanceOf(CredentialsException.class).hasMessageContaining("as a PKCS#11 library");
    }

    @Test
    void aTokenRemovedMidRunFailsTheNextSignatureClearly() throws Exception {
        try (SigningKey key = open(SoftHsm.uri("doomed", "ed"), pin); Signer signer = Signers.forKey(key)) {
            assertThat(signer.sign(MESSAGE)).hasSize(64);
            hsm.deleteToken("doomed");
            assertThatThrownBy(() -> signer.sign(MESSAGE)).isInstanceOf(KeyUnavailableException.class)
                    .hasMessageContaining("pkcs11 token 'doomed'").hasMessageContaining("is gone").hasMessageContaining("resolve the credentials again");
        }
    }
}
