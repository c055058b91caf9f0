package dev.signet.credentials;

import dev.signet.core.CredentialsException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.IntFunction;

/**
 * Reads secret and key files that pass the {@link FileRules} (owner-only file, trusted folders up to the root, read
 * through one channel on the file that was checked), at most 1 MiB. File systems without POSIX permissions
 * (Windows) get only the regular-file and size rules: protect those files with ACLs yourself. Secrets lose one
 * trailing {@code \n} or {@code \r\n}; key files are returned as is.
 *
 * <p>Bytes never pass through a String or a buffer we do not own: the file is read into a direct buffer (the JDK
 * would otherwise copy through its own cached one), copied once into the array returned, and the buffer is wiped.
 *
 * <pre>{@code byte[] secret = SecretFileReader.create().readSecret(Path.of("/run/secrets/api-secret"));}</pre>
 */
public final class SecretFileReader {
    /** The size cap. */
    public static final int MAX_BYTES = 1024 * 1024;
    private static final byte[] ZEROS = new byte[4096];

    private final FileRules rules;
    /** Where read buffers come from: direct buffers, or a recording allocator in tests that check the wiping. */
    private final IntFunction<ByteBuffer> buffers;

    SecretFileReader(FileRules rules, IntFunction<ByteBuffer> buffers) {
        this.rules = rules;
        this.buffers = buffers;
    }

    /** Files must belong to the user running this JVM. */
    public static SecretFileReader create() {
        return new SecretFileReader(FileRules.create(), ByteBuffer::allocateDirect);
    }

    /** Files must belong to {@code owner} (tests; services that read files provisioned for another account). */
    public static SecretFileReader expectingOwner(String owner) {
        return new SecretFileReader(FileRules.expectingOwner(owner), ByteBuffer::allocateDirect);
    }

    /** A secret's bytes, one trailing newline removed; the caller wipes them. */
    public byte[] readSecret(Path path) {
        return readSecret(NamedFile.of(path));
    }

    byte[] readSecret(NamedFile file) {
        return read(file, true);
    }

    /** A key file's bytes, unchanged; the caller wipes them. */
    public byte[] readKeyFile(Path path) {
        return readKeyFile(NamedFile.of(path));
    }

    byte[] readKeyFile(NamedFile file) {
        return read(file, false);
    }

    private byte[] read(NamedFile file, boolean trimNewline) {
        ByteBuffer buffer = null;
        try (FileChannel in = rules.open(file)) {
            buffer = buffers.apply((int) Math.min(Math.max(in.size(), ZEROS.length) + 1, MAX_BYTES + 1L));
            while (in.read(buffer) >= 0) {
                if (!buffer.hasRemaining()) {
                    if (buffer.capacity() > MAX_BYTES) {
                        throw new CredentialsException(file.description() + " is larger than 1 MiB; it is not a secret or key file");
                    }
                    buffer = grown(buffer);
                }
            }
            int end = buffer.position();
            if (trimNewline && end > 0 && buffer.get(end - 1) == '\n') {
                end -= end > 1 && buffer.get(end - 2) == '\r' ? 2 : 1;
            }
            byte[] bytes = new byte[end];
            buffer.get(0, bytes);
            return bytes;
        } catch (IOException e) {
            throw new CredentialsException("cannot read " + file.description() + ": " + e.getClass().getSimpleName());
        } finally {
            wipe(buffer);
        }
    }

    /** A buffer twice the size (at most the cap plus one byte) holding what {@code full} held, which is wiped. */
    private ByteBuffer grown(ByteBuffer full) {
        ByteBuffer bigger = buffers.apply((int) Math.min(2L * full.capacity(), MAX_BYTES + 1L));
        bigger.put(full.flip());
        wipe(full);
        return bigger;
    }

    private static void wipe(ByteBuffer buffer) {
        if (buffer == null) {
            return;
        }
        buffer.clear();
        while (buffer.hasRemaining()) {
            buffer.put(ZEROS, 0, Math.min(ZEROS.length, buffer.remaining()));
        }
    }

    /** The file's last modification time (a key's creation time when nothing better is known). */
    public Instant modified(Path path) {
        return modified(NamedFile.of(path));
    }

    Instant modified(NamedFile file) {
        try {
            return Files.getLastModifiedTime(file.path()).toInstant();
        } catch (IOException e) {
            throw new CredentialsException("cannot read the modification time of " + file.description());
        }
    }
}
