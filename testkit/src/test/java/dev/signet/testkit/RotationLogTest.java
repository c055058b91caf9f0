package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.Credentials;
import dev.signet.core.KeyFormatException;
import dev.signet.core.SigningKey;
import dev.signet.credentials.CredentialsProvider;
import dev.signet.credentials.Environment;
import dev.signet.credentials.EnvironmentCredentialsProvider;
import dev.signet.credentials.RotatingKeyedSigner;
import dev.signet.keys.KeyFiles;
import dev.signet.keys.SigningKeyGenerator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator reads in the log when a key update is rejected or a key rotates: one line naming the key still in
 * use and why, with Signet's own (escaped) message or only the type of any other failure, and never a secret.
 */
class RotationLogTest {
    private static final String API_KEY = "rotationKeyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789"; // signet:allow test fixture
    private static final String LOGGER = "dev.signet.credentials.RotatingKeyedSigner - ";
    private static final String REJECTED = "WARN " + LOGGER + "key update rejected, still signing with %s, trying again when a "
            + "watched file changes (and every 30 polls at most meanwhile): %s";
    @TempDir
    Path dir;

    /** What the rotation loads next: the credentials of a key file, or a failure. */
    private final AtomicReference<Supplier<Credentials>> next = new AtomicReference<>();

    private Supplier<Credentials> keyFile(String name, SigningKey key) throws Exception {
        Path folder = dir.resolve(name);
        KeyFiles.writeKeyPair(key, folder, null);
        EnvironmentCredentialsProvider files = EnvironmentCredentialsProvider.builder().prefix("BOT")
                .environment(Environment.of(Map.of("BOT_API_KEY", API_KEY,
                        "BOT_PRIVATE_KEY_FILE", folder.resolve(KeyFiles.PRIVATE_PEM).toString()), Map.of())).build();
        return files::resolveCredentials;
    }

    private static Supplier<Credentials> failing(Throwable failure) {
        return () -> {
            throw RotationLogTest.<RuntimeException>sneaky(failure);
        };
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }

    private RotatingKeyedSigner rotating() {
        CredentialsProvider source = () -> next.get().get();
        return RotatingKeyedSigner.builder().source(source).pollInterval(null).keyAgeMonitor(null).build();
    }

    /** The lines slf4j-simple writes to standard error while {@code work} runs. */
    private static List<String> logged(Runnable work) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aRejectedUpdateLogsTheKeyStillInUseAndSignetsOwnMessage() throws Exception {
        SigningKey a = SigningKeyGenerator.ed25519();
        next.set(keyFile("a", a));
        try (RotatingKeyedSigner rotating = rotating()) {
            List<String> lines = logged(() -> {
                for (RuntimeException e : List.of(new KeyFormatException("PEM PKCS#8: the structure is malformed or truncated"),
                        new IllegalArgumentException("the memory limit must be positive, not -1"),
                        new IllegalStateException("the new key's signature does not verify against its own public key"))) {
                    next.set(failing(e));
                    assertThat(rotating.refresh()).isFalse();
                }
            });
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).endsWith(String.format(REJECTED, a.fingerprint(), "PEM PKCS#8: the structure is malformed or truncated"));
            assertThat(lines.get(1)).endsWith(String.format(REJECTED, a.fingerprint(), "the memory limit must be positive, not -1"));
            assertThat(lines.get(2)).endsWith(String.format(REJECTED, a.fingerprint(),
                    "the new key's signature does not verify against its own public key"));
            assertThat(rotating.activeFingerprint()).isEqualTo(a.fingerprint());
        }
    }

    @Test
    void anyOtherFailureIsNamedByItsTypeOnlyAsItsMessageMayQuoteTheKeyFile() throws Exception {
        SigningKey a = SigningKeyGenerator.ed25519();
        next.set(keyFile("a", a));
        String quoted = "MC4CAQAwBQYDK2VwBCIEI"; // what a parser's message could quote from a PEM body
        try (RotatingKeyedSigner rotating = rotating()) {
            List<String> lines = logged(() -> {
                next.set(failing(new NullPointerException("no value after " + quoted)));
                assertThat(rotating.refresh()).isFalse();
                next.set(failing(new OutOfMemoryError("Java heap space: " + quoted)));
                assertThat(rotating.refresh()).isFalse();
            });
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).endsWith(String.format(REJECTED, a.fingerprint(), "NullPointerException while loading the key"));
            assertThat(lines.get(1)).endsWith(String.format(REJECTED, a.fingerprint(), "OutOfMemoryError while loading the key"));
            assertThat(String.join("\n", lines)).doesNotContain(quoted).doesNotContain(API_KEY);
        }
    }

    @Test
    void aRotationLogsBothFingerprintsAndASuccessMakesTheSameProblemWorthLoggingAgain() throws Exception {
        SigningKey a = SigningKeyGenerator.ed25519();
        SigningKey b = SigningKeyGenerator.ed25519();
        Supplier<Credentials> aFile = keyFile("a", a);
        Supplier<Credentials> bFile = keyFile("b", b);
        KeyFormatException problem = new KeyFormatException("PEM PKCS#8: the structure is malformed or truncated");
        next.set(aFile);
        try (RotatingKeyedSigner rotating = rotating()) {
            List<String> lines = logged(() -> {
                next.set(failing(problem));
                assertThat(rotating.refresh()).isFalse();
                assertThat(rotating.refresh()).isFalse();
                next.set(aFile);
                assertThat(rotating.refresh()).as("the same key again: no rotation").isFalse();
                next.set(failing(problem));
                assertThat(rotating.refresh()).isFalse();
                next.set(bFile);
                assertThat(rotating.refresh()).isTrue();
            });
            String rejected = String.format(REJECTED, a.fingerprint(), problem.getMessage());
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).as("logged once while it persists").endsWith(rejected);
            assertThat(lines.get(1)).as("logged again after the good reload").endsWith(rejected);
            assertThat(lines.get(2)).endsWith("INFO " + LOGGER + "rotated signing key " + a.fingerprint() + " -> " + b.fingerprint());
            assertThat(String.join("\n", lines)).doesNotContain(API_KEY);
        }
    }
}
