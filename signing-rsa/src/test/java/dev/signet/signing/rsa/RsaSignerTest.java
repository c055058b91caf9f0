package dev.signet.signing.rsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.Signer;
import dev.signet.core.Signers;
import dev.signet.core.SigningKey;
import dev.signet.core.WeakKeyException;
import dev.signet.keys.PrivateKeyParser;
import dev.signet.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RsaSignerTest {
    private static final String PASS = "rsa-test-pass";
    @TempDir
    static Path dir;
    static Path pkcs8;

    @BeforeAll
    static void key() throws Exception {
        Tools.require("openssl");
        pkcs8 = dir.resolve("rsa.pem");
        Path pkcs1 = Files.writeString(dir.resolve("rsa-pkcs1.pem"), RsaFixtures.pem2048());
        Tools.run("openssl", "pkey", "-in", pkcs1.toString(), "-out", pkcs8.toString());
    }

    private static void assertOpensslVerifies(Path privatePem, char[] pass) throws Exception {
        Path pub = dir.resolve("pub.pem");
        Files.deleteIfExists(pub);
        Tools.run("openssl", "pkey", "-in", pkcs8.toString(), "-pubout", "-out", pub.toString());
        Signer signer = Signers.forKey(PrivateKeyParser.parse(Files.readAllBytes(privatePem), pass));
        byte[] msg = "symbol=LTCBTC&side=BUY&timestamp=1499827319559".getBytes(StandardCharsets.UTF_8);
        Path msgFile = Files.write(dir.resolve("msg"), msg);
        Path sigFile = Files.write(dir.resolve("sig"), Base64.getDecoder().decode(signer.signToString(new String(msg, StandardCharsets.UTF_8))));
        assertThat(Tools.text("openssl", "dgst", "-sha256", "-verify", pub.toString(), "-signature", sigFile.toString(), msgFile.toString()))
                .contains("Verified OK");
    }

    @Test
    void everyKeyFormatSignsWhatOpensslVerifies() throws Exception {
        assertOpensslVerifies(pkcs8, null);
        Path trad = dir.resolve("trad.pem");
        Tools.run("openssl", "rsa", "-traditional", "-in", pkcs8.toString(), "-out", trad.toString());
        assertOpensslVerifies(trad, null);
        Path tradEnc = dir.resolve("trad-enc.pem");
        Tools.run("openssl", "rsa", "-traditional", "-aes256", "-in", pkcs8.toString(), "-passout", "pass:" + PASS, "-out", tradEnc.toString());
        assertOpensslVerifies(tradEnc, PASS.toCharArray());
        Path enc = dir.resolve("enc.pem");
        Tools.run("openssl", "pkcs8", "-topk8", "-v2", "aes-256-cbc", "-in", pkcs8.toString(), "-passout", "pass:" + PASS, "-out", enc.toString());
        assertOpensslVerifies(enc, PASS.toCharArray());
    }

    @Test
    void sshKeygenRsaKeysSign() throws Exception {
        Tools.require("ssh-keygen");
        Path ssh = dir.resolve("id_rsa");
        Tools.run("ssh-keygen", "-q", "-t", "rsa", "-b", "2048", "-N", "", "-f", ssh.toString());
        SigningKey key = PrivateKeyParser.parse(Files.readAllBytes(ssh), null);
        byte[] msg = "x".getBytes(StandardCharsets.UTF_8);
        assertThat(Signers.verifierFor(key).verify(msg, Signers.forKey(key).sign(msg))).isTrue();
    }

    @Test
    void keysUnder2048BitsAreRefusedUnlessExplicitlyAllowed() throws Exception {
        Path small = dir.resolve("small.pem");
        Tools.run("openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:1024", "-out", small.toString());
        SigningKey key = PrivateKeyParser.parse(Files.readAllBytes(small), null);
        assertThatThrownBy(() -> Signers.forKey(key)).isInstanceOf(WeakKeyException.class)
                .hasMessageContaining("1024 bits").hasMessageContaining("signet keygen --algorithm rsa --bits 4096");
        assertThatThrownBy(() -> Signers.verifierFor(key)).isInstanceOf(WeakKeyException.class);
        Signer legacy = RsaSigner.create(key, RsaKeySize.ALLOW_INSECURE_BELOW_2048_BITS);
        assertThat(RsaVerifier.create(key.verificationKey(), RsaKeySize.ALLOW_INSECURE_BELOW_2048_BITS)
                .verify(new byte[] {1}, legacy.sign(new byte[] {1}))).isTrue();
    }

    @Test
    void eightThreadsShareOneSigner() throws Exception {
        Signer signer = Signers.forKey(PrivateKeyParser.parse(Files.readAllBytes(pkcs8), null));
        byte[] msg = "symbol=BTCUSDT".getBytes(StandardCharsets.UTF_8);
        assertThat(dev.signet.testing.TestSecrets.sameResultFromThreads(8, 50, () -> signer.sign(msg), signer.sign(msg))).isTrue();
    }

    @Test
    void aRefusedOutputBufferLeavesNothingBehindForTheNextSignature() throws Exception {
        SigningKey key = PrivateKeyParser.parse(Files.readAllBytes(pkcs8), null);
        Signer signer = Signers.forKey(key);
        byte[] first = "symbol=LTCBTC&side=BUY".getBytes(StandardCharsets.UTF_8);
        byte[] second = "symbol=LTCBTC&side=SELL".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> signer.sign(first, 0, first.length, new byte[16], 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs 256 bytes");
        byte[] signature = signer.sign(second);

        java.security.Signature jdk = java.security.Signature.getInstance("SHA256withRSA");
        jdk.initVerify(java.security.KeyFactory.getInstance("RSA")
                .generatePublic(new java.security.spec.X509EncodedKeySpec(key.publicKeySpki().orElseThrow())));
        jdk.update(second);
        assertThat(jdk.verify(signature)).isTrue();
    }

    @Test
    void aClosedSignerRefusesToSign() throws Exception {
        Signer signer = Signers.forKey(PrivateKeyParser.parse(Files.readAllBytes(pkcs8), null));
        signer.signToString("warm this thread's Signature");
        signer.close();
        assertThatThrownBy(() -> signer.signToString("symbol=LTCBTC")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }
}
