package dev.signet.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.CredentialsException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second process keeps swapping the folder that holds the secret with an attacker's folder while this one reads;
 * no read may ever return the attacker's file. The user is {@code nobody} (expected-owner seam; the test runs as
 * root to hand out files).
 */
class FolderSwapRaceTest {
    private static final int MAX_READS = 20_000;
    private static final long MAX_NANOS = TimeUnit.SECONDS.toNanos(2);
    @TempDir
    Path dir;

    private Path folder(Path parent, String name, String owner, int mode) throws IOException {
        Path folder = Files.createDirectory(parent.resolve(name));
        Fixtures.own(folder, owner);
        Files.setAttribute(folder, "unix:mode", mode);
        return folder;
    }

    private static void file(Path folder, String content, String owner, String mode) throws IOException {
        Fixtures.own(Fixtures.file(folder, "secret", content, mode), owner);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // swapped by root or the owner: the attacker's file is the wrong owner, readable by all
        "trusted grandparent; the other file is daemon's and world-readable,  0755, nobody, 0700, daemon, rw-r--r--",
        // the attacker's folder holds a file that passes every file rule: only the folder's owner gives it away
        "trusted grandparent; the other folder is daemon's,                   0755, daemon, 0755, nobody, rw-------",
        // anyone can swap: every read is refused
        "world-writable grandparent without the sticky bit,                   0777, nobody, 0700, nobody, rw-------",
    })
    void aFolderSwappedByAnotherProcessNeverYieldsTheOtherFile(String scenario, String grandparentMode, String otherOwner,
            String otherMode, String otherFileOwner, String otherFileMode) throws Exception {
        Fixtures.requireRoot();
        Path grandparent = folder(dir, "g", "root", Integer.parseInt(grandparentMode, 8));
        file(folder(grandparent, "d", "nobody", 0700), "GOOD-" + Fixtures.randomSecret(), "nobody", "rw-------");
        file(folder(grandparent, "e", otherOwner, Integer.parseInt(otherMode, 8)), "EVIL-" + Fixtures.randomSecret(), otherFileOwner,
                otherFileMode);
        SecretFileReader reader = SecretFileReader.expectingOwner("nobody");
        Path secret = grandparent.resolve("d/secret");

        int good = 0;
        int evil = 0;
        int refused = 0;
        Process swapper = startSwapper(grandparent);
        try {
            long deadline = System.nanoTime() + MAX_NANOS;
            for (int i = 0; i < MAX_READS && System.nanoTime() < deadline; i++) {
                try {
                    String read = new String(reader.readSecret(secret), StandardCharsets.US_ASCII);
                    good += read.startsWith("GOOD-") ? 1 : 0;
                    evil += read.startsWith("EVIL-") ? 1 : 0;
                } catch (CredentialsException e) {
                    refused++;
                }
            }
        } finally {
            swapper.destroyForcibly().waitFor();
        }

        assertThat(evil).as("reads of the other file (%d good, %d refused)", good, refused).isZero();
        assertThat(refused).as("refused reads: the swapper raced the reader").isPositive();
        if (grandparentMode.equals("0777")) {
            assertThat(good).as("reads through a world-writable folder").isZero();
        } else {
            assertThat(good).as("reads of the real file between swaps").isPositive();
        }
    }

    private static Process startSwapper(Path grandparent) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process swapper = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), FolderSwapper.class.getName(),
                grandparent.toString())).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(swapper.getInputStream(), StandardCharsets.US_ASCII));
        assertThat(out.readLine()).as("the swapper started").isEqualTo("swapping");
        return swapper;
    }
}
