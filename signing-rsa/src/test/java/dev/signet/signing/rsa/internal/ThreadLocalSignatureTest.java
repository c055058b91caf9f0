package dev.signet.signing.rsa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.SigningKey;
import dev.signet.signing.rsa.RsaFixtures;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * When a thread's {@link Signature} is made again: after {@link ThreadLocalSignature#release()} and after a failed
 * signature (so nothing a failure fed can reach the next signature), never between successful calls; and a
 * malformed signature is invalid without disturbing the next verification.
 */
class ThreadLocalSignatureTest {
    private static KeyPair pair;

    @BeforeAll
    static void pair() throws Exception {
        SigningKey key = RsaFixtures.key2048();
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        pair = new KeyPair(rsa.generatePublic(new X509EncodedKeySpec(key.publicKeySpki().orElseThrow())),
                rsa.generatePrivate(new PKCS8EncodedKeySpec(InsecureSecretAccess.copyBytes(key.material()))));
    }

    /** Counts the instances it makes; {@code initialised} false makes instances that cannot sign. */
    private static final class Counting implements Supplier<Signature> {
        final AtomicInteger made = new AtomicInteger();
        final boolean initialised;

        Counting(boolean initialised) {
            this.initialised = initialised;
        }

        @Override
        public Signature get() {
            made.incrementAndGet();
            try {
                Signature s = Signature.getInstance("SHA256withRSA");
                if (initialised) {
                    s.initSign(pair.getPrivate());
                }
                return s;
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void sign(ThreadLocalSignature signatures) {
        signatures.sign(new byte[] {1, 2}, 0, 2, new byte[256], 0, 256);
    }

    @Test
    void oneInstanceServesEveryCallUntilReleased() {
        Counting factory = new Counting(true);
        ThreadLocalSignature signatures = new ThreadLocalSignature(factory);
        sign(signatures);
        sign(signatures);
        assertThat(factory.made).hasValue(1);

        signatures.release();
        sign(signatures);

        assertThat(factory.made).hasValue(2);
    }

    @Test
    void aFailedSignatureDropsTheInstance() {
        Counting factory = new Counting(false);
        ThreadLocalSignature signatures = new ThreadLocalSignature(factory);
        assertThatThrownBy(() -> sign(signatures)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RSA signing failed");
        assertThatThrownBy(() -> sign(signatures)).isInstanceOf(IllegalStateException.class);
        assertThat(factory.made).hasValue(2);
    }

    @Test
    void aSignatureOfTheWrongLengthIsInvalidAndTheNextOneStillVerifies() throws Exception {
        ThreadLocalSignature verifying = ThreadLocalSignature.forVerifying(pair.getPublic());
        byte[] message = {1, 2};
        Signature jdk = Signature.getInstance("SHA256withRSA");
        jdk.initSign(pair.getPrivate());
        jdk.update(message);
        byte[] signature = jdk.sign();

        assertThat(verifying.verify(message, new byte[3])).isFalse();
        assertThat(verifying.verify(message, signature)).isTrue();
    }
}
