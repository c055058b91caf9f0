package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.internal.Fingerprints;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What {@link Secret#close()} promises, observed through the array a {@link Secret} owns (the package-private
 * constructor takes ownership of it): the bytes are zeros afterwards and nothing reads them any more.
 */
class SecretWipeTest {
    @Test
    void closeOverwritesEveryByteOfTheOwnedArray() {
        byte[] owned = "wipe-me-0123456789".getBytes(StandardCharsets.US_ASCII);
        Secret secret = new Secret(owned);
        assertThat(secret.isClosed()).isFalse();
        secret.close();
        assertThat(secret.isClosed()).isTrue();
        assertThat(owned).containsOnly(0);
    }

    @Test
    void anOpenSecretAnswersItsLengthAndBytes() {
        Secret secret = new Secret(new byte[] {7, 8, 9});
        assertThat(secret.length()).isEqualTo(3);
        assertThat(secret.copyValue()).containsExactly(7, 8, 9);
        assertThat(secret.isClosed()).isFalse();
    }

    @Test
    void aClosedSecretRefusesItsLength() {
        Secret secret = new Secret(new byte[] {1, 2, 3});
        secret.close();
        assertThatThrownBy(secret::length).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void aClosedSecretRefusesACopy() {
        Secret secret = new Secret(new byte[] {1, 2, 3});
        secret.close();
        assertThatThrownBy(secret::copyValue).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void hashCodeIsTheFirstFourBytesOfTheIdentityDigest() {
        for (String value : new String[] {"a", "b", "secret-one", "secret-two", "\u00ff\u00fe"}) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            int expected = ByteBuffer.wrap(Fingerprints.identity(bytes)).getInt();
            assertThat(new Secret(bytes.clone()).hashCode()).as("hash of %s", value).isEqualTo(expected);
        }
    }

    @Test
    void hashCodesOfDistinctSecretsSpreadOverAllThirtyTwoBits() {
        Set<Integer> seen = new HashSet<>();
        int highBitSet = 0;
        for (int i = 0; i < 2000; i++) {
            int hash = new Secret(("secret-" + i).getBytes(StandardCharsets.US_ASCII)).hashCode();
            seen.add(hash);
            highBitSet += hash < 0 ? 1 : 0;
        }
        assertThat(seen).hasSize(2000);
        assertThat(highBitSet).isBetween(800, 1200);
    }
}
