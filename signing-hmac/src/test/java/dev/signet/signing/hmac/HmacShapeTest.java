package dev.signet.signing.hmac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.Signers;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The shape of the HMAC signer as callers see it: lengths reported, names printed, the module found by algorithm. */
class HmacShapeTest {
    private static SigningKey key() {
        return SigningKey.hmacSha256(InsecureSecretAccess.secretFromString("a-test-key-for-shape-checks-0123456789"));
    }

    @Test
    void theAllocationFreePathReportsTheThirtyTwoBytesItWrote() {
        try (HmacSha256Signer signer = HmacSha256Signer.create(key())) {
            byte[] message = {1, 2, 3};
            byte[] out = new byte[40];
            assertThat(signer.signatureLength()).isEqualTo(32);
            assertThat(signer.sign(message, 0, 3, out, 8)).isEqualTo(32);
            assertThat(Arrays.copyOfRange(out, 8, 40)).containsExactly(signer.sign(message));
        }
    }

    @Test
    void signerAndVerifierPrintTheirNameAndNoKey() {
        assertThat(HmacSha256Signer.create(key())).hasToString("HmacSha256Signer");
        assertThat(HmacSha256Verifier.create(key().verificationKey())).hasToString("HmacSha256Verifier");
    }

    @Test
    void theServiceIsFoundForHmacOnly() {
        assertThat(Signers.isAvailable(SigningAlgorithm.HMAC_SHA256)).isTrue();
        assertThat(Signers.forKey(key())).isInstanceOf(HmacSha256Signer.class);
    }
}
