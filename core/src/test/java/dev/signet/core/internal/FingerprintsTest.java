package dev.signet.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Digests leave nothing behind: the digest object is reset after every use (until then it holds the last block of
 * the input, and for an HMAC secret over 64 bytes its SHA-256 is the key HMAC uses), and the full digest behind a
 * short fingerprint is wiped. Observed through the package-private overloads that take the digest object.
 */
class FingerprintsTest {
    private static final byte[] SECRET = "fingerprint-me-0123456789".getBytes(StandardCharsets.US_ASCII);

    /**
     * SHA-256 that, like the JDK's, keeps its last input and result after {@code digest()} until {@code reset()} is
     * called, and remembers every digest array it handed out.
     */
    private static final class ObservedSha256 extends MessageDigest {
        private final MessageDigest real = sha256();
        final List<byte[]> handedOut = new ArrayList<>();
        boolean holdsState;

        ObservedSha256() {
            super("SHA-256");
        }

        @Override
        protected void engineUpdate(byte input) {
            real.update(input);
            holdsState = true;
        }

        @Override
        protected void engineUpdate(byte[] input, int offset, int len) {
            real.update(input, offset, len);
            holdsState = true;
        }

        @Override
        protected byte[] engineDigest() {
            byte[] digest = real.digest();
            handedOut.add(digest);
            holdsState = true;
            return digest;
        }

        @Override
        protected void engineReset() {
            real.reset();
            holdsState = false;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theDigestObjectIsResetAfterHashing() {
        ObservedSha256 digest = new ObservedSha256();
        assertThat(Fingerprints.sha256(SECRET, digest)).isEqualTo(sha256().digest(SECRET));
        assertThat(digest.holdsState).as("digest state after sha256").isFalse();
    }

    @Test
    void theDigestObjectIsResetAfterAnIdentity() {
        ObservedSha256 digest = new ObservedSha256();
        assertThat(Fingerprints.identity(SECRET, digest)).hasSize(32);
        assertThat(digest.holdsState).as("digest state after identity").isFalse();
    }

    @Test
    void theFullDigestBehindAShortFingerprintIsWiped() {
        ObservedSha256 digest = new ObservedSha256();
        String fingerprint = Fingerprints.ofSecret(SECRET, digest);
        assertThat(fingerprint).isEqualTo(Fingerprints.shortForm(sha256().digest(SECRET)));
        assertThat(digest.handedOut).hasSize(1);
        assertThat(digest.handedOut.get(0)).as("full digest after ofSecret").containsOnly(0);
        assertThat(digest.holdsState).isFalse();
    }

    @Test
    void theIdentityIsTheSha256OfTheTagAndTheSecretNeverThePlainSha256() {
        MessageDigest expected = sha256();
        expected.update("signet secret identity\0".getBytes(StandardCharsets.US_ASCII));
        byte[] tagged = expected.digest(SECRET);
        assertThat(Fingerprints.identity(SECRET)).isEqualTo(tagged).isNotEqualTo(Fingerprints.sha256(SECRET));
    }
}
