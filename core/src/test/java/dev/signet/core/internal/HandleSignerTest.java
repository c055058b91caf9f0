package dev.signet.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.SigningAlgorithm;
import dev.signet.spi.KeyHandle;
import org.junit.jupiter.api.Test;

/** A signer over a key Signet does not hold answers for that key: its algorithm, its public key and its holder's signatures. */
class HandleSignerTest {
    /** A key held elsewhere that signs by writing a fixed pattern, as a token would write its signature. */
    private static final class HeldElsewhere implements KeyHandle {
        @Override
        public SigningAlgorithm algorithm() {
            return SigningAlgorithm.ED25519;
        }

        @Override
        public byte[] publicKeySpki() {
            return new byte[] {0x30, 0x2a, 0x30, 0x05};
        }

        @Override
        public int signatureLength() {
            return 64;
        }

        @Override
        public int sign(byte[] message, int off, int len, byte[] out, int outOff) {
            for (int i = 0; i < 64; i++) {
                out[outOff + i] = (byte) (len + i);
            }
            return 64;
        }

        @Override
        public String description() {
            return "token bot";
        }

        @Override
        public void close() {
            // nothing held
        }
    }

    @Test
    void aShareAnswersForTheHandlesAlgorithmAndPublicKey() {
        SharedKeyHandle share = SharedKeyHandle.of(new HeldElsewhere());
        assertThat(share.algorithm()).isEqualTo(SigningAlgorithm.ED25519);
        assertThat(share.publicKeySpki()).containsExactly(0x30, 0x2a, 0x30, 0x05);
        assertThat(share.description()).isEqualTo("token bot");
    }

    @Test
    void aHandleSignerSignsThroughTheHolderAndSaysWhereTheKeyIs() {
        HandleSigner signer = new HandleSigner(SharedKeyHandle.of(new HeldElsewhere()));
        byte[] out = new byte[70];
        assertThat(signer.sign(new byte[10], 0, 10, out, 3)).isEqualTo(64);
        assertThat(out[3]).isEqualTo((byte) 10);
        assertThat(out[66]).isEqualTo((byte) 73);
        assertThat(signer.algorithm()).isEqualTo(SigningAlgorithm.ED25519);
        assertThat(signer.signatureLength()).isEqualTo(64);
        assertThat(signer).hasToString("HandleSigner[ED25519 in token bot]");
        signer.close();
    }
}
