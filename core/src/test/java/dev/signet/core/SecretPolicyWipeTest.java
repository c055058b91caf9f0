package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.testing.TestSecrets;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The policy leaves no copy of a value behind: an API key's bytes are wiped whether it is admitted or refused, and
 * the scratch copies the checks make (the value in lower case, the value without its disguise) are zeros once
 * {@code admit} returns or throws. The scratch arrays are observed through the policy's package-private allocator seam.
 */
class SecretPolicyWipeTest {
    /** Hands out arrays and remembers them, so a test can look at them after the check. */
    private static final class RecordingScratch implements IntFunction<char[]> {
        final List<char[]> handedOut = new ArrayList<>();

        @Override
        public char[] apply(int length) {
            char[] scratch = new char[length];
            handedOut.add(scratch);
            return scratch;
        }

        void assertAllWiped(int expectedArrays) {
            assertThat(handedOut).hasSize(expectedArrays);
            for (char[] scratch : handedOut) {
                assertThat(scratch).as("scratch array of %d chars", scratch.length).containsOnly('\0');
            }
        }
    }

    private final RecordingScratch scratch = new RecordingScratch();
    private final SecretPolicy policy = new SecretPolicy(SecretPolicy.DEFAULT_MINIMUM_ENTROPY_BITS, scratch);

    @Test
    void theLowerCaseCopyOfAnAdmittedSecretIsWiped() {
        try (Secret secret = policy.admit(TestSecrets.random().getBytes(StandardCharsets.UTF_8), "s")) {
            assertThat(secret.length()).isEqualTo(64);
        }
        scratch.assertAllWiped(1);
    }

    @Test
    void theLowerCaseCopyOfARefusedPlaceholderIsWiped() {
        assertThatThrownBy(() -> policy.admit("Your_API_Secret".getBytes(StandardCharsets.UTF_8), "s"))
                .isInstanceOf(RejectedSecretException.class).hasMessageContaining("placeholder");
        scratch.assertAllWiped(1);
    }

    @Test
    void theCopyWithoutTheQuotesOfAQuotedSecretIsWiped() {
        String quoted = "\"" + TestSecrets.random() + "\"";
        assertThatThrownBy(() -> policy.admit(quoted.getBytes(StandardCharsets.UTF_8), "s"))
                .isInstanceOf(RejectedSecretException.class).hasMessageContaining("remove the quotes");
        scratch.assertAllWiped(1);
    }

    @Test
    void anAdmittedApiKeysBytesAreWiped() {
        String value = TestSecrets.random();
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        assertThat(policy.admitApiKey(bytes, "k").value()).isEqualTo(value);
        assertThat(bytes).containsOnly(0);
        scratch.assertAllWiped(1);
    }

    @Test
    void aRefusedApiKeysBytesAreWiped() {
        byte[] bytes = "your-api-key".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> policy.admitApiKey(bytes, "k")).isInstanceOf(RejectedSecretException.class);
        assertThat(bytes).containsOnly(0);
    }
}
