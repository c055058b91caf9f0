package dev.signet.pkcs11;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.CredentialsException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 7512 parsing: what is read, what is decoded, and every way a URI is refused without repeating its values. */
class Pkcs11UriTest {
    @Test
    void readsTokenObjectIdAndTheQuery() {
        Pkcs11Uri uri = Pkcs11Uri.parse("pkcs11:token=bot;object=binance-ed25519;id=%01%ab%FF;type=private;slot-id=7"
                + "?module-path=/usr/lib/softhsm/libsofthsm2.so&pin-source=file:/run/secrets/pin");
        assertThat(uri.token()).hasValue("bot");
        assertThat(uri.object()).hasValue("binance-ed25519");
        assertThat(uri.id()).hasValue(new byte[] {1, (byte) 0xab, (byte) 0xff});
        assertThat(uri.slotId()).hasValue(7);
        assertThat(uri.modulePath()).hasValue(Path.of("/usr/lib/softhsm/libsofthsm2.so"));
        assertThat(uri.pinSource()).hasValue(Path.of("/run/secrets/pin"));
        assertThat(uri.describeKey()).isEqualTo("token 'bot' object 'binance-ed25519' id 01abff");
    }

    @Test
    void percentEscapesDecodeToUtf8AndTheCanonicalFormRoundTrips() {
        Pkcs11Uri uri = Pkcs11Uri.parse("PKCS11:token=My%20Token%3B%C3%A9;object=a%2Fb;manufacturer=SoftHSM%20project");
        assertThat(uri.token()).hasValue("My Token;\u00e9");
        assertThat(uri.object()).hasValue("a/b");
        assertThat(uri.manufacturer()).hasValue("SoftHSM project");
        assertThat(uri.toString()).isEqualTo("pkcs11:token=My%20Token%3b%c3%a9;object=a%2fb;manufacturer=SoftHSM%20project");
        assertThat(Pkcs11Uri.parse(uri.toString()).token()).isEqualTo(uri.token());
    }

    @Test
    void pinSourceTakesAFileUriOrAnAbsolutePath() {
        assertThat(Pkcs11Uri.parse("pkcs11:object=k?pin-source=file:///etc/pin").pinSource()).hasValue(Path.of("/etc/pin"));
        assertThat(Pkcs11Uri.parse("pkcs11:object=k?pin-source=/etc/pin").pinSource()).hasValue(Path.of("/etc/pin"));
    }

    @Test
    void aPinInTheUriIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> Pkcs11Uri.parse("pkcs11:token=bot;object=k?pin-value=918273"))
                .isInstanceOf(CredentialsException.class).hasMessageContaining("pin-value").hasMessageContaining("pin-source=file:")
                .hasMessageNotContaining("918273");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "https:token=bot;object=k | does not start with pkcs11:",
        "pkcs11:token=bot | names no key",
        "pkcs11: | names no key",
        "pkcs11:object=k;object=j | gives object twice",
        "pkcs11:object=k;;id=%01 | not name=value",
        "pkcs11:object | not name=value",
        "pkcs11:object= | empty value",
        "pkcs11:object=k%2 | malformed %-escape",
        "pkcs11:object=k%zz | malformed %-escape",
        "pkcs11:object=k%\u0661\u0662 | malformed %-escape",
        "pkcs11:object=a b | must be %-encoded",
        "pkcs11:object=a/b | must be %-encoded",
        "pkcs11:object=k%ff | not UTF-8",
        "pkcs11:object=k;type=public | use type=private",
        "pkcs11:object=k;slot-id=x1 | not a decimal number",
        "pkcs11:object=k;library-version=1 | 'library-version', which Signet does not match on",
        "pkcs11:object=k;x-vendor=1 | 'x-vendor', which Signet does not match on",
        "pkcs11:object=k?module-name=softhsm2 | 'module-name', which Signet does not match on",
        "pkcs11:object=k?module-path=lib.so | not an absolute file path",
        "pkcs11:object=k?pin-source=%7Ccat%20/etc/pin | not an absolute file path",
        "pkcs11:object=k?pin-source=https://example.org/pin | not an absolute file path",
        "pkcs11:Object=k | not name=value",
    })
    void malformedOrUnsupportedUrisAreRefused(String uri, String why) {
        assertThatThrownBy(() -> Pkcs11Uri.parse(uri)).isInstanceOf(CredentialsException.class).hasMessageContaining(why)
                .hasMessageStartingWith("the pkcs11: URI ");
    }

    @Test
    void controlCharactersInNamesAreEscapedAndLongUrisRefused() {
        assertThatThrownBy(() -> Pkcs11Uri.parse("pkcs11:obj\u001b[31m=k")).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("\\u001b").hasMessageNotContaining("\u001b");
        assertThatThrownBy(() -> Pkcs11Uri.parse("pkcs11:object=" + "k".repeat(5000))).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("longer than 4096");
    }
}
