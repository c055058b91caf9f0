package dev.signet.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.InsecureFilePermissionsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The identity check of {@link FileRules}: a file replaced by another one between the permission check and the open
 * is refused, deterministically (the swap runs through the package-private hook between the two steps).
 */
class FileSwapDetectionTest {
    private static final String ME = System.getProperty("user.name");

    @TempDir
    Path dir;

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aFileReplacedAfterItsCheckIsRefused() throws Exception {
        Path secret = Fixtures.file(dir, "secret", "checked", "rw-------");
        Path attacker = Fixtures.file(dir, "attacker", "swapped", "rw-rw-rw-");
        FileRules rules = FileRules.expectingOwner(ME, () -> move(attacker, secret));
        assertThatThrownBy(() -> rules.open(secret)).isInstanceOf(InsecureFilePermissionsException.class)
                .hasMessageContaining("was replaced between the permission check and the read");
    }

    @Test
    void aReadSecretNeverComesFromTheReplacement() throws Exception {
        Path secret = Fixtures.file(dir, "secret", "checked", "rw-------");
        Path other = Fixtures.file(dir, "other", "swapped", "rw-------");
        SecretFileReader reader = new SecretFileReader(FileRules.expectingOwner(ME, () -> move(other, secret)),
                ByteBuffer::allocate);
        assertThatThrownBy(() -> reader.readSecret(secret)).isInstanceOf(InsecureFilePermissionsException.class);
    }

    @Test
    void anUntouchedFileIsOpenedAsChecked() throws Exception {
        Path secret = Fixtures.file(dir, "secret", "checked", "rw-------");
        try (FileChannel in = FileRules.expectingOwner(ME, () -> { }).open(secret)) {
            ByteBuffer read = ByteBuffer.allocate(16);
            in.read(read);
            assertThat(new String(read.array(), 0, read.position())).isEqualTo("checked");
        }
    }
}
