package dev.signet.keys.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.KeyFormatException;
import org.junit.jupiter.api.Test;

/** The SSH wire encoding, read within its byte range only: every length is checked before it is used. */
class SshReaderTest {
    private static final String TRUNCATED = "test blob: malformed or truncated (a length field points past the end of the data)";

    private static SshReader reader(byte[] data) {
        return new SshReader(data, 0, data.length, "test blob");
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void aUint32IsBigEndianAndUnsignedBytesAreNotSignExtended() {
        SshReader in = reader(bytes(0x80, 0xff, 0x01, 0xfe, 0x00, 0x00, 0x01, 0x00));
        assertThat(in.u32()).isEqualTo(0x80ff01fe);
        assertThat(in.u32()).isEqualTo(256);
        assertThat(in.hasRemaining()).isFalse();
    }

    @Test
    void aUint32NeedsFourBytesWithinTheRange() {
        assertThatThrownBy(() -> reader(bytes(0, 0, 1)).u32()).isInstanceOf(KeyFormatException.class).hasMessage(TRUNCATED);
        SshReader ranged = new SshReader(bytes(9, 0, 0, 0, 1, 7, 7), 1, 4, "test blob");
        assertThatThrownBy(ranged::u32).as("the bytes after the range's end are not the reader's").hasMessage(TRUNCATED);
    }

    @Test
    void aStringIsCopiedAndTheReaderMovesPastIt() {
        byte[] data = bytes(0, 0, 0, 3, 'a', 'b', 'c', 0, 0, 0, 0);
        SshReader in = reader(data);
        byte[] value = in.string();
        data[4] = 'x';
        assertThat(value).isEqualTo(bytes('a', 'b', 'c'));
        assertThat(in.string()).isEmpty();
        assertThat(in.hasRemaining()).isFalse();
    }

    @Test
    void aStringFillingTheRangeExactlyIsReadAndOneByteLongerIsRefused() {
        assertThat(reader(bytes(0, 0, 0, 2, 'o', 'k')).string()).isEqualTo(bytes('o', 'k'));
        assertThatThrownBy(() -> reader(bytes(0, 0, 0, 3, 'n', 'o')).string()).isInstanceOf(KeyFormatException.class).hasMessage(TRUNCATED);
        SshReader ranged = new SshReader(bytes(0, 0, 0, 2, 'n', 'o', 'x'), 0, 5, "test blob");
        assertThatThrownBy(ranged::string).as("the range ends before the string").hasMessage(TRUNCATED);
    }

    @Test
    void aLengthWithTheTopBitSetIsTruncationNotANegativeSize() {
        for (SshReader in : new SshReader[] {reader(bytes(0x80, 0, 0, 0, 1)), reader(bytes(0xff, 0xff, 0xff, 0xff, 1))}) {
            assertThatThrownBy(in::string).isInstanceOf(KeyFormatException.class).hasMessage(TRUNCATED);
        }
        assertThatThrownBy(() -> reader(bytes(0xff, 0xff, 0xff, 0xff)).skipString()).hasMessage(TRUNCATED);
        assertThatThrownBy(() -> reader(bytes(0x80, 0, 0, 0)).nested()).hasMessage(TRUNCATED);
    }

    @Test
    void aNestedReaderSeesExactlyItsStringAndTheOuterOneMovesPastIt() {
        SshReader outer = reader(bytes(0, 0, 0, 5, 0, 0, 0, 1, 'x', 0, 0, 0, 7));
        SshReader inner = outer.nested();
        assertThat(inner.hasRemaining()).isTrue();
        assertThat(inner.string()).isEqualTo(bytes('x'));
        assertThat(inner.hasRemaining()).isFalse();
        assertThatThrownBy(inner::u32).as("the outer bytes after it are not the inner reader's").hasMessage(TRUNCATED);
        assertThat(outer.u32()).as("the outer reader continues after the nested string").isEqualTo(7);
        assertThat(outer.hasRemaining()).isFalse();
    }

    @Test
    void skippingAStringMovesPastItAndChecksItsLength() {
        SshReader in = reader(bytes(0, 0, 0, 2, 'a', 'b', 0, 0, 0, 9));
        in.skipString();
        assertThat(in.u32()).isEqualTo(9);
        assertThatThrownBy(() -> reader(bytes(0, 0, 0, 3, 'a', 'b')).skipString()).hasMessage(TRUNCATED);
    }

    @Test
    void readingStartsAtTheRangesStart() {
        SshReader in = new SshReader(bytes(0xee, 0xee, 0, 0, 0, 1, 'q'), 2, 7, "test blob");
        assertThat(in.string()).isEqualTo(bytes('q'));
        assertThat(in.hasRemaining()).isFalse();
    }
}
