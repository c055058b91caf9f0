package dev.signet.signing.hmac.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * What closing an HMAC signer leaves behind: the key array it was given is zeros from construction on, and after
 * {@link HmacEngine#close()} both pads are zeros and the digests that absorbed them hold no key state (they digest
 * like a fresh SHA-256). The states are read through the package-private {@link HmacEngine#states()}.
 */
class HmacWipeTest {
    private static final byte[] EMPTY_SHA256 = HmacKeyStates.newDigest().digest();

    private static byte[] key(int length) {
        byte[] key = new byte[length];
        for (int i = 0; i < length; i++) {
            key[i] = (byte) (i * 7 + 1);
        }
        return key;
    }

    private static byte[] digestOf(MessageDigest template) {
        return HmacKeyStates.copy(template).digest();
    }

    @Test
    void theKeyArrayIsWipedAtConstructionForShortAndLongKeys() {
        for (int length : new int[] {1, 32, HmacKeyStates.BLOCK, HmacKeyStates.BLOCK + 1, 200}) {
            byte[] key = key(length);
            new HmacEngine(key);
            assertThat(key).as("key of %d bytes", length).containsOnly(0);
        }
    }

    @Test
    void padsHoldTheKeyUntilCloseAndZerosAfter() {
        HmacEngine engine = new HmacEngine(key(32));
        HmacKeyStates states = engine.states();
        assertThat(states.innerPad).isNotEqualTo(new byte[HmacKeyStates.BLOCK]);
        assertThat(states.outerPad).isNotEqualTo(new byte[HmacKeyStates.BLOCK]);
        assertThat(digestOf(states.inner)).isNotEqualTo(EMPTY_SHA256);
        assertThat(digestOf(states.outer)).isNotEqualTo(EMPTY_SHA256);

        engine.close();

        assertThat(states.innerPad).containsOnly(0);
        assertThat(states.outerPad).containsOnly(0);
        assertThat(digestOf(states.inner)).as("inner digest after close").isEqualTo(EMPTY_SHA256);
        assertThat(digestOf(states.outer)).as("outer digest after close").isEqualTo(EMPTY_SHA256);
    }

    @Test
    void padsAreTheKeyXoredWithIpadAndOpad() {
        byte[] key = key(20);
        byte[] copy = key.clone();
        HmacKeyStates states = new HmacEngine(key).states();
        for (int i = 0; i < HmacKeyStates.BLOCK; i++) {
            byte k = i < copy.length ? copy[i] : 0;
            assertThat(states.innerPad[i]).isEqualTo((byte) (k ^ 0x36));
            assertThat(states.outerPad[i]).isEqualTo((byte) (k ^ 0x5c));
        }
    }

    @Test
    void aClosedEngineRefusesEveryPath() {
        HmacEngine engine = new HmacEngine(key(32));
        engine.close();
        byte[] out = new byte[HmacEngine.MAC_LENGTH];
        assertThatThrownBy(() -> engine.mac(new byte[1], 0, 1, out, 0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> engine.macWithoutAllocation(new byte[1], 0, 1, out, 0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> engine.macHex("x")).isInstanceOf(IllegalStateException.class);
        assertThat(out).containsOnly(0);
    }

    @Test
    void aShortOutputBufferIsRefusedBeforeAnythingIsWritten() {
        HmacEngine engine = new HmacEngine(key(32));
        byte[] out = new byte[HmacEngine.MAC_LENGTH + 3];
        Arrays.fill(out, (byte) 9);
        assertThatThrownBy(() -> engine.mac(new byte[1], 0, 1, out, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> engine.macWithoutAllocation(new byte[1], 0, 1, out, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(out).containsOnly(9);
        engine.mac(new byte[1], 0, 1, out, 3);
        assertThat(Arrays.copyOfRange(out, 0, 3)).containsOnly(9);
    }
}
