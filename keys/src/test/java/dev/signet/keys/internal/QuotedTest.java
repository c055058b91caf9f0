package dev.signet.keys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuotedTest {
    @Test
    void printableAsciiIsKeptInQuotes() {
        assertThat(Quoted.bytes("aes256-gcm@openssh.com".getBytes(StandardCharsets.US_ASCII))).isEqualTo("'aes256-gcm@openssh.com'");
    }

    @Test
    void controlNonAsciiQuoteAndBackslashAreEscaped() {
        assertThat(Quoted.bytes(new byte[] {'a', '\n', 0x1b, '[', (byte) 0xe9, '\'', '\\', 0x7f})).isEqualTo("'a\\x0a\\x1b[\\xe9\\x27\\x5c\\x7f'");
        assertThat(Quoted.text("\u2028x\uFFFD")).isEqualTo("'\\u2028x\\ufffd'");
    }

    @Test
    void longTextIsCutAndTheRestCounted() {
        String quoted = Quoted.text("x".repeat(Quoted.MAX_CHARS + 7));
        assertThat(quoted).isEqualTo("'" + "x".repeat(Quoted.MAX_CHARS) + "' (7 more characters)");
    }

    @Test
    void theLastLatin1CharacterIsAByteEscapeAndTheFirstAboveItAUnicodeEscape() {
        assertThat(Quoted.text("\u00fe\u00ff\u0100")).isEqualTo("'\\xfe\\xff\\u0100'");
        assertThat(Quoted.bytes(new byte[] {(byte) 0xff})).isEqualTo("'\\xff'");
    }
}
