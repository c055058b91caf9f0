package dev.signet.signing.rsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyFormatException;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import dev.signet.core.WeakKeyException;
import dev.signet.keys.SigningKeyGenerator;
import dev.signet.signing.rsa.internal.RsaSignerFactory;
import java.security.KeyPairGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an RSA signer does with the key it is given: the PKCS#8 copy it parses is zeros afterwards whether the key
 * was taken, malformed or too small, and its name shows the modulus size, never the key.
 */
class RsaKeyHandlingTest {
    private static SigningKey key;

    @BeforeAll
    static void key() {
        key = RsaFixtures.key2048();
    }

    private static byte[] der() {
        return InsecureSecretAccess.copyBytes(key.material());
    }

    @Test
    void theDerIsWipedWhenTheKeyIsTaken() {
        byte[] der = der();
        RsaSigner signer = RsaSigner.fromPkcs8(der, RsaKeySize.REQUIRE_2048_BITS);
        assertThat(der).containsOnly(0);
        assertThat(RsaVerifier.create(key.verificationKey(), RsaKeySize.REQUIRE_2048_BITS)
                .verify(new byte[] {1}, signer.sign(new byte[] {1}))).isTrue();
    }

    @Test
    void theDerIsWipedWhenItIsMalformed() {
        byte[] der = der();
        der[0] = 0x31;
        assertThatThrownBy(() -> RsaSigner.fromPkcs8(der, RsaKeySize.REQUIRE_2048_BITS))
                .isInstanceOf(KeyFormatException.class).hasMessageContaining("malformed");
        assertThat(der).containsOnly(0);
    }

    @Test
    void theDerIsWipedWhenTheKeyIsTooSmall() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
        assertThatThrownBy(() -> RsaSigner.fromPkcs8(der, RsaKeySize.REQUIRE_2048_BITS))
                .isInstanceOf(WeakKeyException.class).hasMessageContaining("1024 bits");
        assertThat(der).containsOnly(0);
    }

    @Test
    void aKeyOfAnotherAlgorithmIsRefused() {
        assertThatThrownBy(() -> RsaSigner.create(SigningKeyGenerator.ed25519(), RsaKeySize.REQUIRE_2048_BITS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ED25519");
    }

    @Test
    void namesShowTheModulusSizeAndTheAlgorithm() {
        RsaSigner signer = RsaSigner.create(key, RsaKeySize.REQUIRE_2048_BITS);
        RsaVerifier verifier = RsaVerifier.create(key.verificationKey(), RsaKeySize.REQUIRE_2048_BITS);
        assertThat(signer).hasToString("RsaSigner[2048 bits]");
        assertThat(verifier).hasToString("RsaVerifier[2048 bits]");
        assertThat(signer.algorithm()).isEqualTo(SigningAlgorithm.RSA_PKCS1_SHA256);
        assertThat(verifier.algorithm()).isEqualTo(SigningAlgorithm.RSA_PKCS1_SHA256);
        assertThat(new RsaSignerFactory().algorithm()).isEqualTo(SigningAlgorithm.RSA_PKCS1_SHA256);
    }

    @Test
    void theSignatureGoesAtTheOffsetAndANeedForMoreRoomIsRefusedFirst() {
        RsaSigner signer = RsaSigner.create(key, RsaKeySize.REQUIRE_2048_BITS);
        byte[] message = {1, 2, 3};
        byte[] out = new byte[260];
        assertThat(signer.sign(message, 0, message.length, out, 4)).isEqualTo(256);
        assertThat(java.util.Arrays.copyOfRange(out, 4, 260)).isEqualTo(signer.sign(message));
        assertThat(java.util.Arrays.copyOfRange(out, 0, 4)).containsOnly(0);
        byte[] short1 = new byte[259];
        assertThatThrownBy(() -> signer.sign(message, 0, message.length, short1, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs 256 bytes from offset 4");
        assertThat(short1).containsOnly(0);
    }
}
