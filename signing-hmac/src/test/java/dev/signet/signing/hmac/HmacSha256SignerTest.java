package dev.signet.signing.hmac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.Hex;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Signer;
import dev.signet.core.Signers;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import dev.signet.core.Verifier;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class HmacSha256SignerTest {
    private static final Random RANDOM = new Random(20261124);

    private static byte[] jdkMac(byte[] key, byte[] msg) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(msg);
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    @Test
    void tenThousandRandomKeysAndMessagesMatchTheJdkOnEveryPath() throws GeneralSecurityException {
        for (int i = 0; i < 10_000; i++) {
            byte[] key = randomBytes(1 + RANDOM.nextInt(200));
            byte[] msg = randomBytes(RANDOM.nextInt(300));
            byte[] expected = jdkMac(key, msg);
            Signer signer = Signers.forKey(Vectors.hmacKey(key));
            byte[] zeroAlloc = new byte[40];
            signer.sign(msg, 0, msg.length, zeroAlloc, 5);
            assertThat(signer.sign(msg)).isEqualTo(expected);
            assertThat(java.util.Arrays.copyOfRange(zeroAlloc, 5, 37)).isEqualTo(expected);
            byte[] framed = new byte[msg.length + 9];
            System.arraycopy(msg, 0, framed, 4, msg.length);
            assertThat(signer.signToString(framed, 4, msg.length)).isEqualTo(Hex.encode(expected));
        }
    }

    @Test
    void zeroAllocationPathAllocatesNothingOnceWarm() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        Signer signer = Signers.forKey(Vectors.hmacKey(randomBytes(64)));
        byte[] msg = "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[32];
        for (int i = 0; i < 200_000; i++) {
            signer.sign(msg, 0, msg.length, out, 0);
        }
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 100_000; i++) {
            signer.sign(msg, 0, msg.length, out, 0);
        }
        long perCall = (threads.getThreadAllocatedBytes(thread) - before) / 100_000;
        assertThat(perCall).as("bytes allocated per signature").isZero();
    }

    @Test
    void aRejectedCallLeavesTheZeroAllocationPathClean() throws GeneralSecurityException {
        byte[] key = randomBytes(64);
        byte[] msg = randomBytes(100);
        Signer signer = Signers.forKey(Vectors.hmacKey(key));
        byte[] out = new byte[32];
        assertThatThrownBy(() -> signer.sign(msg, 90, 20, out, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> signer.sign(msg, 0, 100, out, 1)).isInstanceOf(IllegalArgumentException.class);
        signer.sign(msg, 0, msg.length, out, 0);
        assertThat(out).isEqualTo(jdkMac(key, msg));
    }

    @Test
    void signToStringEncodesUtf8LikeStringGetBytes() throws GeneralSecurityException {
        byte[] key = randomBytes(32);
        Signer signer = Signers.forKey(Vectors.hmacKey(key));
        String[] texts = {"", "symbol=LTCBTC", "symbol=１２３４", "代币=比特币", "emoji=\uD83D\uDE80", "lone=\uD800x", "tail=\uDC00",
            "é".repeat(400), "x".repeat(5000)};
        for (String text : texts) {
            String expected = Hex.encode(jdkMac(key, text.getBytes(StandardCharsets.UTF_8)));
            assertThat(signer.signToString(text)).isEqualTo(expected);
            assertThat(signer.signToString(new StringBuilder(text))).isEqualTo(expected);
        }
    }

    @Test
    void keysLongerThanTheBlockAreHashedFirst() throws GeneralSecurityException {
        byte[] key = randomBytes(131);
        byte[] msg = "m".getBytes(StandardCharsets.US_ASCII);
        assertThat(Signers.forKey(Vectors.hmacKey(key)).sign(msg)).isEqualTo(jdkMac(key, msg));
    }

    @Test
    void verifierAcceptsHexInEitherCaseAndRejectsTampering() {
        SigningKey key = Vectors.hmacKey(randomBytes(32));
        Signer signer = Signers.forKey(key);
        Verifier verifier = Signers.verifierFor(key);
        String sig = signer.signToString("a=1");
        assertThat(verifier.verify("a=1", sig)).isTrue();
        assertThat(verifier.verify("a=1", sig.toUpperCase(Locale.ROOT))).isTrue();
        assertThat(verifier.verify("a=2", sig)).isFalse();
        assertThat(verifier.verify("a=1", "zz" + sig.substring(2))).isFalse();
        assertThat(verifier.verify("a=1", sig.substring(0, 32))).isFalse();
    }

    @Test
    void verifierRefusesOtherScriptsDigitsTheExchangeRefuses() {
        SigningKey key = Vectors.hmacKey(randomBytes(32));
        String sig = Signers.forKey(key).signToString("a=1");
        Verifier verifier = Signers.verifierFor(key);
        for (int zero : new int[] {0xff10, 0x0660, 0x06f0, 0x0966}) {
            StringBuilder lookalike = new StringBuilder();
            sig.chars().forEach(c -> lookalike.appendCodePoint(c >= '0' && c <= '9' ? c - '0' + zero : c));
            assertThat(verifier.verify("a=1", lookalike)).as(lookalike.toString()).isFalse();
        }
    }

    @Test
    void zeroAllocationPathRejectsAShortOutputBuffer() {
        Signer signer = Signers.forKey(Vectors.hmacKey(randomBytes(16)));
        assertThatThrownBy(() -> signer.sign(new byte[3], 0, 3, new byte[31], 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signerIsFoundThroughTheServiceLoaderAndNeverPrintsTheKey() {
        byte[] key = "canary-".concat(Long.toHexString(RANDOM.nextLong())).getBytes(StandardCharsets.US_ASCII);
        Signer signer = Signers.forKey(SigningKey.hmacSha256(InsecureSecretAccess.secretFromBytes(key)));
        assertThat(signer).isInstanceOf(HmacSha256Signer.class);
        assertThat(signer.algorithm()).isEqualTo(SigningAlgorithm.HMAC_SHA256);
        assertThat(signer.toString()).doesNotContain(new String(key, StandardCharsets.US_ASCII));
    }

    @Test
    void eightThreadsSharingOneSignerProduceOnlyCorrectSignatures() throws Exception {
        byte[] key = randomBytes(64);
        Signer signer = Signers.forKey(Vectors.hmacKey(key));
        List<byte[]> messages = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            byte[] msg = randomBytes(i * 7);
            messages.add(msg);
            expected.add(Hex.encode(jdkMac(key, msg)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int seed = t;
            results.add(pool.submit(() -> {
                int wrong = 0;
                byte[] out = new byte[32];
                for (int i = 0; i < 20_000; i++) {
                    int k = (i + seed) % messages.size();
                    byte[] msg = messages.get(k);
                    signer.sign(msg, 0, msg.length, out, 0);
                    wrong += Hex.encode(out).equals(expected.get(k)) ? 0 : 1;
                    wrong += Hex.encode(signer.sign(msg)).equals(expected.get(k)) ? 0 : 1;
                }
                return wrong;
            }));
        }
        int wrong = 0;
        for (Future<Integer> r : results) {
            wrong += r.get();
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(wrong).isZero();
    }

    @Test
    void aClosedSignerRefusesEveryPath() {
        HmacSha256Signer signer = HmacSha256Signer.create(SigningKey.hmacSha256(InsecureSecretAccess.secretFromBytes(randomBytes(64))));
        byte[] msg = randomBytes(110);
        signer.close();
        signer.close();

        assertThatThrownBy(() -> signer.sign(msg)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> signer.sign(msg, 0, msg.length, new byte[32], 0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> signer.signToString("symbol=LTCBTC")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> signer.signToString(msg, 0, msg.length)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingAVerifierOrAKeyedSignerWipesTheirKeyCopies() {
        SigningKey key = SigningKey.hmacSha256(InsecureSecretAccess.secretFromBytes(randomBytes(64)));
        byte[] msg = randomBytes(110);
        Verifier verifier = Signers.verifierFor(key);
        byte[] tag = Signers.forKey(key).sign(msg);
        assertThat(verifier.verify(msg, tag)).isTrue();
        verifier.close();
        assertThatThrownBy(() -> verifier.verify(msg, tag)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");

        KeyedSigner keyed = new KeyedSigner(dev.signet.core.ApiKey.of("apiKeyForTheTest0123"), Signers.forKey(key), key.fingerprint());
        keyed.close();
        assertThatThrownBy(() -> keyed.signer().sign(msg)).isInstanceOf(IllegalStateException.class);
    }
}
