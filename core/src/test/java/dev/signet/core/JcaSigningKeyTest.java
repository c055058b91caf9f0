package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.internal.JcaKeyHandle;
import dev.signet.spi.KeyHandle;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Keys held by a JCA provider sign through {@code Signature} with no key bytes in Signet and no signer module
 * (core's tests have none); each signature is checked with the JDK's verifier on the exported public key.
 */
class JcaSigningKeyTest {
    private static final byte[] MESSAGE = "symbol=LTCBTC&side=BUY&timestamp=1499827319559".getBytes(StandardCharsets.UTF_8);

    private static KeyPair pair(String algorithm, int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
        if (bits > 0) {
            generator.initialize(bits);
        }
        return generator.generateKeyPair();
    }

    private static boolean verifies(String jcaName, String keyAlgorithm, byte[] spki, byte[] signature) throws Exception {
        PublicKey exported = KeyFactory.getInstance(keyAlgorithm).generatePublic(new X509EncodedKeySpec(spki));
        Signature verifier = Signature.getInstance(jcaName);
        verifier.initVerify(exported);
        verifier.update(MESSAGE);
        return verifier.verify(signature);
    }

    @Test
    void ed25519KeyOfAJcaProviderSignsWithoutExposingMaterial() throws Exception {
        KeyPair pair = pair("Ed25519", 0);
        try (SigningKey key = SigningKey.fromJca(SigningAlgorithm.ED25519, pair.getPrivate(), pair.getPublic());
                Signer signer = Signers.forKey(key)) {
            byte[] signature = signer.sign(MESSAGE);
            assertThat(signature).hasSize(64);
            assertThat(verifies("Ed25519", "Ed25519", key.publicKeySpki().orElseThrow(), signature)).isTrue();
            assertThat(key.holder()).hasValueSatisfying(h -> assertThat(h).startsWith("JCA key of provider"));
            assertThatThrownBy(key::material).isInstanceOf(IllegalStateException.class).hasMessageContaining("never leaves it");
            assertThat(key.fingerprint()).startsWith("sha256:");
        }
    }

    @Test
    void rsaSignaturesFromManyThreadsAllVerify() throws Exception {
        KeyPair pair = pair("RSA", 2048);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (SigningKey key = SigningKey.fromJca(SigningAlgorithm.RSA_PKCS1_SHA256, pair.getPrivate(), pair.getPublic());
                Signer signer = Signers.forKey(key)) {
            List<Future<byte[]>> signatures = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                signatures.add(pool.submit(() -> signer.sign(MESSAGE)));
            }
            for (Future<byte[]> s : signatures) {
                assertThat(verifies("SHA256withRSA", "RSA", key.publicKeySpki().orElseThrow(), s.get())).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSignerKeepsTheKeyOpenUntilItIsClosedToo() throws Exception {
        KeyPair pair = pair("Ed25519", 0);
        AtomicInteger handleCloses = new AtomicInteger();
        KeyHandle counted = new CountingHandle(JcaKeyHandle.of(SigningAlgorithm.ED25519, pair.getPrivate(), pair.getPublic()), handleCloses);
        SigningKey key = SigningKey.external(counted);
        Signer signer = Signers.forKey(key);
        key.close();
        assertThat(handleCloses).hasValue(0);
        assertThat(verifies("Ed25519", "Ed25519", key.publicKeySpki().orElseThrow(), signer.sign(MESSAGE))).isTrue();
        signer.close();
        signer.close();
        assertThat(handleCloses).hasValue(1);
        assertThatThrownBy(() -> signer.sign(MESSAGE)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> Signers.forKey(key)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void keysOfTheWrongTypeOrSizeAreRefused() throws Exception {
        KeyPair ed = pair("Ed25519", 0);
        KeyPair rsa = pair("RSA", 2048);
        KeyPair weak = pair("RSA", 1024);
        KeyPair ec = pair("EC", 256);
        assertThatThrownBy(() -> SigningKey.fromJca(SigningAlgorithm.ED25519, rsa.getPrivate(), rsa.getPublic()))
                .isInstanceOf(KeyFormatException.class).hasMessageContaining("not an Ed25519 key");
        assertThatThrownBy(() -> SigningKey.fromJca(SigningAlgorithm.RSA_PKCS1_SHA256, ec.getPrivate(), ec.getPublic()))
                .isInstanceOf(KeyFormatException.class).hasMessageContaining("not an RSA key");
        assertThatThrownBy(() -> SigningKey.fromJca(SigningAlgorithm.ED25519, rsa.getPrivate(), ed.getPublic()))
                .isInstanceOf(KeyFormatException.class).hasMessageContaining("RSA key, not Ed25519");
        assertThatThrownBy(() -> SigningKey.fromJca(SigningAlgorithm.RSA_PKCS1_SHA256, weak.getPrivate(), weak.getPublic()))
                .isInstanceOf(WeakKeyException.class).hasMessageContaining("1024 bits");
        assertThatThrownBy(() -> SigningKey.fromJca(SigningAlgorithm.HMAC_SHA256, ed.getPrivate(), ed.getPublic()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Counts how often Signet closes the handle; everything else is the real JCA handle's. */
    private record CountingHandle(KeyHandle delegate, AtomicInteger closes) implements KeyHandle {
        @Override
        public SigningAlgorithm algorithm() {
            return delegate.algorithm();
        }

        @Override
        public byte[] publicKeySpki() {
            return delegate.publicKeySpki();
        }

        @Override
        public int signatureLength() {
            return delegate.signatureLength();
        }

        @Override
        public int sign(byte[] message, int off, int len, byte[] out, int outOff) {
            return delegate.sign(message, off, len, out, outOff);
        }

        @Override
        public String description() {
            return delegate.description();
        }

        @Override
        public void close() {
            closes.incrementAndGet();
            delegate.close();
        }
    }
}
