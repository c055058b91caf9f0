package dev.signet.pkcs11;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.Signer;
import dev.signet.core.Signers;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import dev.signet.pkcs11.testing.OpenSslVerify;
import dev.signet.pkcs11.testing.SoftHsm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys made by pkcs11-tool inside a SoftHSM2 token sign through Signet; OpenSSL and BouncyCastle verify each
 * signature against the public key as pkcs11-tool exports it.
 */
class Pkcs11SigningTest {
    private static final byte[] ORDER = ("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1"
            + "&recvWindow=5000&timestamp=1499827319559").getBytes(StandardCharsets.UTF_8);
    private static final String TOKEN = "signing-test";

    @TempDir
    static Path dir;
    static SoftHsm hsm;
    static String pin;

    @BeforeAll
    static void token() throws Exception {
        hsm = SoftHsm.start(dir);
        pin = SoftHsm.newPin();
        hsm.initToken(TOKEN, pin);
        hsm.generate(TOKEN, pin, "EC:edwards25519", "ed", "01");
        hsm.generate(TOKEN, pin, "rsa:2048", "rsa", "02");
    }

    private static SigningKey open(String object) {
        return Pkcs11Keys.create().open(Pkcs11Uri.parse(SoftHsm.uri(TOKEN, object)), pin.toCharArray());
    }

    @Test
    void ed25519InTheTokenSignsWhatOpenSslAndBouncyCastleVerify() throws Exception {
        byte[] exported = hsm.exportPublicKey(TOKEN, "ed");
        try (SigningKey key = open("ed"); Signer signer = Signers.forKey(key)) {
            assertThat(key.algorithm()).isEqualTo(SigningAlgorithm.ED25519);
            assertThat(key.publicKeySpki()).hasValue(exported);
            assertThat(key.fingerprint()).isEqualTo("sha256:" + java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(exported), 0, 4));
            byte[] signature = signer.sign(ORDER);
            assertThat(OpenSslVerify.verifies(dir, SigningAlgorithm.ED25519, exported, ORDER, signature)).isTrue();
            Ed25519Signer bc = new Ed25519Signer();
            bc.init(false, new Ed25519PublicKeyParameters(exported, exported.length - 32));
            bc.update(ORDER, 0, ORDER.length);
            assertThat(bc.verifySignature(signature)).isTrue();
        }
    }

    @Test
    void rsaInTheTokenSignsWhatOpenSslVerifies() throws Exception {
        byte[] exported = hsm.exportPublicKey(TOKEN, "rsa");
        try (SigningKey key = open("rsa"); Signer signer = Signers.forKey(key)) {
            assertThat(key.algorithm()).isEqualTo(SigningAlgorithm.RSA_PKCS1_SHA256);
            assertThat(key.publicKeySpki()).hasValue(exported);
            assertThat(signer.signatureLength()).isEqualTo(256);
            byte[] out = new byte[300];
            assertThat(signer.sign(ORDER, 0, ORDER.length, out, 7)).isEqualTo(256);
            byte[] signature = java.util.Arrays.copyOfRange(out, 7, 263);
            assertThat(OpenSslVerify.verifies(dir, SigningAlgorithm.RSA_PKCS1_SHA256, exported, ORDER, signature)).isTrue();
        }
    }

    @Test
    void theKeyDescribesTokenLabelTypeAndMechanismAndHoldsNoMaterial() {
        try (SigningKey key = open("ed")) {
            assertThat(key.holder()).hasValueSatisfying(h -> assertThat(h).contains("token 'signing-test'", "object 'ed'",
                    "CKK_EC_EDWARDS", "CKM_EDDSA available", "not extractable"));
            assertThat(key.toString()).contains(key.fingerprint(), "pkcs11 token 'signing-test'").doesNotContain(pin);
            org.assertj.core.api.Assertions.assertThatThrownBy(key::material).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void signaturesFromEightThreadsAllVerify() throws Exception {
        byte[] exported = hsm.exportPublicKey(TOKEN, "ed");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (SigningKey key = open("ed"); Signer signer = Signers.forKey(key)) {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                byte[] message = ("n=" + i).getBytes(StandardCharsets.US_ASCII);
                results.add(threads.submit(() -> {
                    byte[] s = signer.sign(message);
                    Ed25519Signer bc = new Ed25519Signer();
                    bc.init(false, new Ed25519PublicKeyParameters(exported, exported.length - 32));
                    bc.update(message, 0, message.length);
                    return bc.verifySignature(s) ? s : null;
                }));
            }
            for (Future<byte[]> r : results) {
                assertThat(r.get()).isNotNull();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void closingTheKeyLogsOutAndAFreshOpenLogsInAgain() throws Exception {
        SigningKey first = open("ed");
        Signer signer = Signers.forKey(first);
        first.close();
        assertThat(signer.sign(ORDER)).hasSize(64);
        signer.close();
        try (SigningKey again = open("rsa"); Signer rsa = Signers.forKey(again)) {
            assertThat(rsa.sign(ORDER)).hasSize(256);
        }
    }
}
