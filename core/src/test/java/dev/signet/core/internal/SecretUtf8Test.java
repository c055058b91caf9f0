package dev.signet.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Secret text converts between UTF-8 and characters without leaving a copy in the conversion buffer, on success and
 * when the bytes are not UTF-8. Observed through the package-private overloads that take the buffer.
 */
class SecretUtf8Test {
    private static final String TEXT = "pässwörd-€-secret";

    @Test
    void theDecodingBufferIsZeroedBeforeTheCharactersAreReturned() throws CharacterCodingException {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        CharBuffer scratch = CharBuffer.allocate(utf8.length);
        assertThat(SecretUtf8.decode(utf8, scratch)).isEqualTo(TEXT.toCharArray());
        assertThat(scratch.array()).containsOnly('\0');
    }

    @Test
    void theDecodingBufferIsZeroedWhenTheBytesAreNotUtf8() {
        byte[] notUtf8 = {'s', 'e', 'c', 'r', 'e', 't', (byte) 0xc3, (byte) 0x28};
        CharBuffer scratch = CharBuffer.allocate(notUtf8.length);
        assertThatThrownBy(() -> SecretUtf8.decode(notUtf8, scratch)).isInstanceOf(CharacterCodingException.class);
        assertThat(scratch.array()).containsOnly('\0');
    }

    @Test
    void theEncodingBufferIsZeroedBeforeTheBytesAreReturned() {
        char[] chars = TEXT.toCharArray();
        ByteBuffer scratch = ByteBuffer.allocate(3 * chars.length);
        assertThat(SecretUtf8.encode(chars, 0, chars.length, scratch)).isEqualTo(TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(scratch.array()).containsOnly(0);
    }
}
