package dev.signet.pkcs11;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.KeyFormatException;
import dev.signet.core.Signer;
import dev.signet.core.Signers;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import dev.signet.pkcs11.testing.OpenSslVerify;
import dev.signet.pkcs11.testing.SoftHsm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any JCA {@code PrivateKey} signs through {@code SigningKey.fromJca}: here the JDK's own SunPKCS11 provider over a
 * SoftHSM2 token (it offers SHA256withRSA but no EdDSA), the key generated in the token by SunPKCS11 and never
 * leaving it. OpenSSL verifies.
 */
class SunPkcs11JcaTest {
    private static final byte[] MESSAGE = "symbol=LTCBTC&timestamp=1499827319559".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    static Path dir;
    static SoftHsm hsm;
    static String pin;

    @BeforeAll
    static void token() throws Exception {
        hsm = SoftHsm.start(dir);
        pin = SoftHsm.newPin();
        hsm.initToken("jca", pin);
    }

    @Test
    void aSunPkcs11RsaKeySignsThroughFromJca() throws Exception {
        Provider provider = Security.getProvider("SunPKCS11").configure("--name=signet-test\nlibrary=" + SoftHsm.LIBRARY
                + "\nslotListIndex=0\n");
        KeyStore.getInstance("PKCS11", provider).load(null, pin.toCharArray()); // logs in
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", provider);
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        assertThat(pair.getPrivate().getClass().getName()).startsWith("sun.security.pkcs11.");
        assertThat(pair.getPrivate().getEncoded()).as("a sensitive token key has no encoding").isNull();
        byte[] exported = pair.getPublic().getEncoded();
        assertThatThrownBy(() -> SigningKey.fromJca(SigningAlgorithm.RSA_PKCS1_SHA256, pair.getPrivate(), pair.getPublic()))
                .isInstanceOf(KeyFormatException.class).hasMessageContaining("Security.addProvider");
        Security.addProvider(provider);
        try (SigningKey key = SigningKey.fromJca(SigningAlgorithm.RSA_PKCS1_SHA256, pair.getPrivate(), pair.getPublic());
                Signer signer = Signers.forKey(key)) {
            assertThat(key.holder()).hasValue("JCA key of provider SunPKCS11-signet-test");
            assertThat(OpenSslVerify.verifies(dir, SigningAlgorithm.RSA_PKCS1_SHA256, exported, MESSAGE, signer.sign(MESSAGE))).isTrue();
        } finally {
            Security.removeProvider(provider.getName());
        }
    }
}
