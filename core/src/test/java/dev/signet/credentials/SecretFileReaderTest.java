package dev.signet.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.CredentialsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every read of a secret or key file leaves no copy behind in the buffers it used (on success and on failure), and
 * the 1 MiB cap holds at exactly the boundary, also for a file that grows while it is read. The buffers are observed
 * through the reader's package-private allocator seam.
 */
class SecretFileReaderTest {
    private static final int MAX = SecretFileReader.MAX_BYTES;

    @TempDir
    Path dir;

    /** Hands out heap buffers and remembers them, so a test can look at them after the read. */
    private static final class RecordingBuffers implements IntFunction<ByteBuffer> {
        final List<ByteBuffer> handedOut = new ArrayList<>();
        Runnable onFirst = () -> { };

        @Override
        public ByteBuffer apply(int capacity) {
            if (handedOut.isEmpty()) {
                onFirst.run();
            }
            ByteBuffer buffer = ByteBuffer.allocate(capacity);
            handedOut.add(buffer);
            return buffer;
        }

        void assertAllWiped() {
            assertThat(handedOut).isNotEmpty();
            for (ByteBuffer buffer : handedOut) {
                byte[] whole = Arrays.copyOf(buffer.array(), buffer.capacity());
                assertThat(whole).as("buffer of %d bytes", buffer.capacity()).containsOnly(0);
            }
        }
    }

    private final RecordingBuffers buffers = new RecordingBuffers();

    private SecretFileReader reader() {
        return new SecretFileReader(FileRules.expectingOwner(System.getProperty("user.name")), buffers);
    }

    private Path file(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private static byte[] filled(int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 'k');
        return bytes;
    }

    private static void append(Path file, int count) {
        try {
            Files.write(file, filled(count), StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aSecretIsReadWithoutItsNewlineAndTheBufferIsWiped() throws Exception {
        byte[] secret = reader().readSecret(file("s", "s3cr3t-value\n".getBytes()));
        assertThat(new String(secret)).isEqualTo("s3cr3t-value");
        buffers.assertAllWiped();
    }

    @Test
    void aKeyFileIsReturnedUnchangedAndTheBufferIsWiped() throws Exception {
        byte[] key = reader().readKeyFile(file("k", "KEY\r\n".getBytes()));
        assertThat(new String(key)).isEqualTo("KEY\r\n");
        buffers.assertAllWiped();
    }

    @Test
    void onlyOneTrailingNewlineIsRemoved() throws Exception {
        assertThat(reader().readSecret(file("crlf", "a\r\n".getBytes()))).containsExactly('a');
        assertThat(reader().readSecret(file("lflf", "a\n\n".getBytes()))).containsExactly('a', '\n');
        assertThat(reader().readSecret(file("cr", "a\r".getBytes()))).containsExactly('a', '\r');
        assertThat(reader().readSecret(file("nl", "\n".getBytes()))).isEmpty();
        assertThat(reader().readSecret(file("crlf-only", "\r\n".getBytes()))).isEmpty();
        assertThat(reader().readSecret(file("empty", new byte[0]))).isEmpty();
    }

    @Test
    void aFileOfExactlyOneMebibyteIsReadIntoOneBuffer() throws Exception {
        Path file = file("max", filled(MAX));
        assertThat(reader().readSecret(file)).hasSize(MAX);
        assertThat(reader().readKeyFile(file)).hasSize(MAX);
        assertThat(buffers.handedOut).hasSize(2);
        buffers.assertAllWiped();
    }

    @Test
    void oneByteMoreIsRefusedAndTheBufferIsStillWiped() throws Exception {
        Path file = file("over", filled(MAX + 1));
        assertThatThrownBy(() -> reader().readSecret(file)).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("larger than 1 MiB");
        assertThatThrownBy(() -> reader().readKeyFile(file)).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("larger than 1 MiB");
        buffers.assertAllWiped();
    }

    @Test
    void aFileThatGrowsWhileReadIsReadWholeAndEveryBufferIsWiped() throws Exception {
        Path file = file("growing", filled(10));
        buffers.onFirst = () -> append(file, 10_000);
        assertThat(reader().readKeyFile(file)).hasSize(10_010).containsOnly('k');
        assertThat(buffers.handedOut).hasSizeGreaterThan(1);
        assertThat(buffers.handedOut.get(1).capacity()).isEqualTo(2 * buffers.handedOut.get(0).capacity());
        buffers.assertAllWiped();
    }

    @Test
    void aFileThatGrowsToExactlyOneMebibyteWhileReadIsAccepted() throws Exception {
        Path file = file("grows-to-max", filled(MAX - 1));
        buffers.onFirst = () -> append(file, 1);
        assertThat(reader().readKeyFile(file)).hasSize(MAX);
        buffers.assertAllWiped();
    }

    @Test
    void aFileThatGrowsPastOneMebibyteWhileReadIsRefusedAndEveryBufferIsWiped() throws Exception {
        Path file = file("grows-past-max", filled(MAX / 2));
        buffers.onFirst = () -> append(file, MAX / 2 + 1);
        assertThatThrownBy(() -> reader().readKeyFile(file)).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("larger than 1 MiB");
        assertThat(buffers.handedOut).hasSizeGreaterThan(1);
        buffers.assertAllWiped();
    }

    @Test
    void aFileTheRulesRefuseIsNeverRead() throws Exception {
        Path open = file("open", "s3cr3t".getBytes());
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> reader().readSecret(open)).isInstanceOf(CredentialsException.class);
        assertThat(buffers.handedOut).isEmpty();
    }

    @Test
    void modifiedIsTheFilesModificationTime() throws Exception {
        Path file = file("dated", "x".getBytes());
        Instant when = Instant.parse("2024-03-01T12:00:00Z");
        Files.setLastModifiedTime(file, FileTime.from(when));
        assertThat(reader().modified(file)).isEqualTo(when);
        assertThatThrownBy(() -> reader().modified(dir.resolve("missing"))).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("modification time");
    }
}
