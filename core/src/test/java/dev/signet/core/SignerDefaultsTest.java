package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignerDefaultsTest {
    /**
     * A stand-in algorithm: the "signature" is the first {@code writes} message bytes (at most four, its announced
     * length); it records the array it was handed.
     */
    private static final class Recording implements Signer {
        byte[] given;
        int givenOff;
        int writes = 4;

        @Override
        public SigningAlgorithm algorithm() {
            return SigningAlgorithm.ED25519;
        }

        @Override
        public int signatureLength() {
            return 4;
        }

        @Override
        public int sign(byte[] message, int off, int len, byte[] out, int outOff) {
            given = message;
            givenOff = off;
            System.arraycopy(message, off, out, outOff, writes);
            return writes;
        }
    }

    @Test
    void signToStringOfARangeSignsTheCallersBytesInPlaceWithoutCopyingThem() {
        byte[] framed = "..abcdefgh..".getBytes(StandardCharsets.US_ASCII);
        Recording signer = new Recording();
        String wire = signer.signToString(framed, 2, 8);
        assertThat(signer.given).isSameAs(framed);
        assertThat(signer.givenOff).isEqualTo(2);
        assertThat(wire).isEqualTo(Base64.getEncoder().encodeToString("abcd".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void signToStringOfARangeRefusesARangeOutsideTheArrayBeforeSigning() {
        Recording signer = new Recording();
        assertThatThrownBy(() -> signer.signToString(new byte[10], 8, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> signer.signToString(new byte[10], -1, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(signer.given).isNull();
    }

    @Test
    void aSignatureShorterThanTheAnnouncedLengthIsEncodedAtTheLengthWritten() {
        Recording signer = new Recording();
        signer.writes = 3;
        assertThat(signer.signToString("abcdefgh".getBytes(StandardCharsets.US_ASCII), 0, 8))
                .isEqualTo(Base64.getEncoder().encodeToString("abc".getBytes(StandardCharsets.US_ASCII)));
    }
}
