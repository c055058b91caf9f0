package dev.signet.keys.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Key material is zeroed after use, and a passphrase becomes its UTF-8 bytes without a String or an unwiped copy. */
class WipeTest {
    @Test
    void bytesAreZeroedAndNullIsIgnored() {
        byte[] key = {1, 2, 3, (byte) 0xff};
        Wipe.bytes(key);
        assertThat(key).containsOnly(0);
        assertThatCode(() -> Wipe.bytes(null)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery", "pässwörd-€-\uD83D\uDD11", "€€€€", "x", ""})
    void aPassphraseBecomesExactlyItsUtf8Bytes(String passphrase) {
        // "€€€€" needs the full 3 bytes per char the buffer is sized for
        assertThat(Wipe.utf8(passphrase.toCharArray())).isEqualTo(passphrase.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLoneSurrogateBecomesAQuestionMarkAsJavaEncodesItNotTheEndOfThePassphrase() {
        char[] passphrase = {'a', '\uD800', 'b', '\uDC00'};
        assertThat(Wipe.utf8(passphrase)).isEqualTo(new String(passphrase).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(new byte[] {'a', '?', 'b', '?'});
    }

    @Test
    void theEncodingBufferIsZeroedBeforeTheBytesAreReturned() {
        ByteBuffer scratch = ByteBuffer.allocate(64);
        byte[] utf8 = Wipe.utf8("pässwörd-€".toCharArray(), scratch);
        assertThat(utf8).isEqualTo("pässwörd-€".getBytes(StandardCharsets.UTF_8));
        assertThat(scratch.array()).containsOnly(0);
    }
}
