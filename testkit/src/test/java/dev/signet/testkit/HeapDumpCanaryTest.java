package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.Credentials;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Signer;
import dev.signet.core.Signers;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import dev.signet.core.Verifier;
import dev.signet.credentials.FileCredentialsProvider;
import dev.signet.credentials.RotatingKeyedSigner;
import dev.signet.credentials.SecretFileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After {@code close()}, no copy of a secret or of what HMAC derives from it is left on the heap. A forked JVM loads
 * canary secrets from files, signs, closes, and dumps its heap; this test searches the dump. The fork runs the
 * Epsilon collector, which never frees anything, so every copy ever made is in the dump — the unreachable ones too
 * (a JDK read buffer, a digest left unreset), which a collecting JVM would only free, not wipe.
 */
class HeapDumpCanaryTest {
    private static final String API_KEY = "heapDumpKeyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789"; // signet:allow test fixture
    private static final int BLOCK = 64;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    @TempDir
    Path dir;
    /** 64 characters, like the exchange's secrets: the HMAC key as is. */
    private final byte[] secretA = randomSecret(64);
    /** 80 characters: HMAC hashes it, and that SHA-256 is the key it uses. */
    private final byte[] secretB = randomSecret(80);

    private static byte[] randomSecret(int length) {
        byte[] secret = new byte[length];
        for (int i = 0; i < length; i++) {
            secret[i] = (byte) ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return secret;
    }

    @BeforeEach
    void writeTheCanaries() throws IOException {
        write("api-key", API_KEY.getBytes(StandardCharsets.US_ASCII));
        write("active", secretA);
        write("next", secretB);
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = Files.write(dir.resolve(name), content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    @Test
    void afterALoadIsClosedNeitherTheSecretNorItsHmacStatesAreOnTheHeap() throws Exception {
        byte[] dump = heapDumpAfter("load");

        assertThat(found(dump, hmacCanaries("secret", secretA))).isEmpty();
    }

    @Test
    void afterARotationIsClosedNeitherSecretNorTheirHmacStatesAreOnTheHeap() throws Exception {
        byte[] dump = heapDumpAfter("rotation");

        Map<String, byte[]> canaries = hmacCanaries("first secret", secretA);
        canaries.putAll(hmacCanaries("second secret", secretB));
        assertThat(found(dump, canaries)).isEmpty();
    }

    @Test
    void afterAnEd25519SignerIsClosedItsSeedIsNotOnTheHeap() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] pkcs8 = pair.getPrivate().getEncoded();
        byte[] seed = Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length);
        write("ed25519.der", pkcs8);
        write("ed25519.spki", pair.getPublic().getEncoded());

        byte[] dump = heapDumpAfter("ed25519");

        assertThat(found(dump, slices("seed", seed))).isEmpty();
    }

    @Test
    void theSearchFindsEverythingAnOpenSignerHolds() throws Exception {
        byte[] dump = heapDumpAfter("open");

        Map<String, byte[]> canaries = hmacCanaries("secret", secretA);
        assertThat(found(dump, canaries)).containsAll(List.of("secret", "secret inner pad", "secret outer pad",
                "secret inner state", "secret outer state"));
    }

    /** The secret (whole, in 16-byte slices, as UTF-16 chars), HMAC's key, its two pads and the SHA-256 states after them. */
    private static Map<String, byte[]> hmacCanaries(String name, byte[] secret) {
        Map<String, byte[]> canaries = slices(name, secret);
        canaries.put(name + " as chars", new String(secret, 0, 16, StandardCharsets.US_ASCII).getBytes(StandardCharsets.UTF_16BE));
        byte[] key = secret.length > BLOCK ? sha256(secret) : secret;
        canaries.put(name + " SHA-256", sha256(secret));
        for (Map.Entry<String, Byte> pad : Map.of("inner", (byte) 0x36, "outer", (byte) 0x5c).entrySet()) {
            byte[] block = new byte[BLOCK];
            Arrays.fill(block, pad.getValue());
            for (int i = 0; i < key.length; i++) {
                block[i] = (byte) (key[i] ^ pad.getValue());
            }
            canaries.put(name + " " + pad.getKey() + " pad", block);
            canaries.put(name + " " + pad.getKey() + " state", stateAfter(block));
        }
        return canaries;
    }

    private static Map<String, byte[]> slices(String name, byte[] secret) {
        Map<String, byte[]> canaries = new LinkedHashMap<>();
        canaries.put(name, secret);
        for (int from = 0; from + 16 <= secret.length; from += 16) {
            canaries.put(name + " bytes " + from + "-" + (from + 16), Arrays.copyOfRange(secret, from, from + 16));
        }
        return canaries;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * SHA-256's eight state words after one block, big-endian as a heap dump writes an {@code int[]}: what a digest
     * that has absorbed an HMAC pad holds. From BouncyCastle's encoded state (words at bytes 16 to 48, checked here
     * against the initial state).
     */
    private static byte[] stateAfter(byte[] block) {
        assertThat(Arrays.copyOfRange(new SHA256Digest().getEncodedState(), 16, 20)).containsExactly(0x6a, 0x09, 0xe6, 0x67);
        SHA256Digest digest = new SHA256Digest();
        digest.update(block, 0, block.length);
        return Arrays.copyOfRange(digest.getEncodedState(), 16, 48);
    }

    /** The names of the canaries that occur in the dump. */
    private static List<String> found(byte[] dump, Map<String, byte[]> canaries) {
        List<String> found = new ArrayList<>();
        canaries.forEach((name, bytes) -> {
            if (indexOf(dump, bytes) >= 0) {
                found.add(name);
            }
        });
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private byte[] heapDumpAfter(String scenario) throws Exception {
        Path dump = dir.resolve(scenario + ".hprof");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process fork = new ProcessBuilder(List.of(java, "-XX:+UnlockExperimentalVMOptions", "-XX:+UseEpsilonGC", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Scenario.class.getName(), scenario, dir.toString(), dump.toString()))
                .redirectErrorStream(true).start();
        String output = new String(fork.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(fork.waitFor(60, TimeUnit.SECONDS)).as("the fork finished").isTrue();
        assertThat(fork.exitValue()).as("the fork's exit code; its output:%n%s", output).isZero();
        return Files.readAllBytes(dump);
    }

    /** The forked JVM: runs one scenario with the canary files in {@code args[1]}, then dumps its heap to {@code args[2]}. */
    public static final class Scenario {
        /** What the "open" scenario keeps open, so the dump holds it. */
        static final List<AutoCloseable> KEPT_OPEN = new ArrayList<>();

        private Scenario() {}

        public static void main(String[] args) throws Exception {
            Path dir = Path.of(args[1]);
            Path active = dir.resolve("active");
            FileCredentialsProvider provider = FileCredentialsProvider.builder().apiKeyFile(dir.resolve("api-key")).apiSecretFile(active)
                    .build();
            switch (args[0]) {
                case "load":
                    try (Credentials credentials = provider.resolveCredentials(); KeyedSigner signer = KeyedSigner.of(credentials);
                            Verifier verifier = Signers.verifierFor(credentials.signingKey())) {
                        exercise(signer.signer(), verifier);
                    }
                    break;
                case "open":
                    Credentials credentials = provider.resolveCredentials();
                    KeyedSigner signer = KeyedSigner.of(credentials);
                    KEPT_OPEN.addAll(List.of(credentials, signer));
                    exercise(signer.signer(), Signers.verifierFor(credentials.signingKey()));
                    break;
                case "rotation":
                    try (RotatingKeyedSigner rotating = RotatingKeyedSigner.builder().source(provider).watch(active).pollInterval(null)
                            .retiredSignerGrace(Duration.ZERO).build()) {
                        exercise(rotating.get().signer(), null);
                        Files.move(dir.resolve("next"), active, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                        if (!rotating.refreshIfChanged()) {
                            throw new AssertionError("the second secret was not loaded");
                        }
                        exercise(rotating.get().signer(), null);
                    }
                    break;
                case "ed25519":
                    byte[] der = SecretFileReader.create().readKeyFile(dir.resolve("ed25519.der"));
                    try (SigningKey key = SigningKey.privateKey(SigningAlgorithm.ED25519, InsecureSecretAccess.secretFromBytes(der),
                            Files.readAllBytes(dir.resolve("ed25519.spki"))); Signer ed25519 = Signers.forKey(key);
                            Verifier verifier = Signers.verifierFor(key)) {
                        Arrays.fill(der, (byte) 0);
                        exercise(ed25519, verifier);
                    }
                    break;
                default:
                    throw new IllegalArgumentException("no scenario " + args[0]);
            }
            dumpHeap(args[2]);
        }

        /**
         * Dumps every object, reachable or not (under Epsilon nothing was ever freed). Through reflection: the test
         * sources compile as part of the testkit module, which does not read jdk.management.
         */
        private static void dumpHeap(String file) throws ReflectiveOperationException {
            Class<?> bean = Class.forName("com.sun.management.HotSpotDiagnosticMXBean");
            Object diagnostics = Class.forName("java.lang.management.ManagementFactory").getMethod("getPlatformMXBean", Class.class)
                    .invoke(null, bean);
            bean.getMethod("dumpHeap", String.class, boolean.class).invoke(diagnostics, file, false);
        }

        /** Every signing path, and a verification when there is a verifier. */
        private static void exercise(Signer signer, Verifier verifier) {
            byte[] message = "symbol=LTCBTC&side=BUY&type=LIMIT&quantity=1&price=0.1&timestamp=1499827319559".getBytes(StandardCharsets.US_ASCII);
            byte[] out = new byte[signer.signatureLength()];
            signer.sign(message, 0, message.length, out, 0);
            String wire = signer.signToString("symbol=LTCBTC&timestamp=1499827319559");
            if (verifier != null && !verifier.verify(message, signer.sign(message))) {
                throw new AssertionError("a signature did not verify: " + wire);
            }
        }
    }
}
