package dev.signet.credentials;

import dev.signet.core.CredentialsException;
import dev.signet.core.InsecureFilePermissionsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;

/**
 * The rules every secret or key file must pass: a regular file after following links (Kubernetes {@code ..data}
 * links are fine), on POSIX no group/other permission bits, owned by the current user, in a folder other users
 * cannot write to (unless it is sticky, like {@code /tmp}), the same file before and after the read, at most 1 MiB.
 * File systems without POSIX permissions (Windows) get only the regular-file and size rules: protect those files
 * with ACLs yourself. Secrets
 * lose one trailing {@code \n} or {@code \r\n}; key files are returned as is. Bytes never pass through a String.
 *
 * <pre>{@code byte[] secret = SecretFileReader.create().readSecret(Path.of("/run/secrets/api-secret"));}</pre>
 */
public final class SecretFileReader {
    /** The size cap. */
    public static final int MAX_BYTES = 1024 * 1024;
    private static final Set<PosixFilePermission> OWNER_ONLY = Set.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private static final int GROUP_OR_OTHER_WRITE = 0022;
    private static final int STICKY = 01000;

    private final String expectedOwner;

    private SecretFileReader(String expectedOwner) {
        this.expectedOwner = expectedOwner;
    }

    /** Files must belong to the user running this JVM. */
    public static SecretFileReader create() {
        return new SecretFileReader(System.getProperty("user.name"));
    }

    /** Files must belong to {@code owner} (tests; services that read files provisioned for another account). */
    public static SecretFileReader expectingOwner(String owner) {
        return new SecretFileReader(owner);
    }

    /** A secret's bytes, one trailing newline removed; the caller wipes them. */
    public byte[] readSecret(Path path) {
        return readSecret(NamedFile.of(path));
    }

    byte[] readSecret(NamedFile file) {
        byte[] bytes = readKeyFile(file);
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\n') {
            end--;
            if (end > 0 && bytes[end - 1] == '\r') {
                end--;
            }
        }
        if (end == bytes.length) {
            return bytes;
        }
        byte[] trimmed = Arrays.copyOf(bytes, end);
        Arrays.fill(bytes, (byte) 0);
        return trimmed;
    }

    /** A key file's bytes, unchanged; the caller wipes them. */
    public byte[] readKeyFile(Path path) {
        return readKeyFile(NamedFile.of(path));
    }

    byte[] readKeyFile(NamedFile file) {
        Path real = check(file);
        Object checkedFile = fileKey(real);
        byte[] bytes;
        try (InputStream in = Channels.newInputStream(Files.newByteChannel(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new CredentialsException("cannot read " + file.description() + ": " + e.getClass().getSimpleName());
        }
        if (bytes.length > MAX_BYTES) {
            Arrays.fill(bytes, (byte) 0);
            throw new CredentialsException(file.description() + " is larger than 1 MiB; it is not a secret or key file");
        }
        if (checkedFile != null && !checkedFile.equals(fileKey(real))) {
            Arrays.fill(bytes, (byte) 0);
            throw new InsecureFilePermissionsException(file.description() + " was replaced between the permission check and "
                    + "the read; nothing read from it is used; try again once it is stable");
        }
        return bytes;
    }

    /** The file's identity (device and inode on POSIX), or null where the platform has none. */
    private static Object fileKey(Path real) {
        try {
            return Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
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

    private Path check(NamedFile file) {
        Path real;
        try {
            real = file.path().toRealPath();
        } catch (NoSuchFileException e) {
            throw new CredentialsException(file.description() + " does not exist");
        } catch (IOException e) {
            throw new CredentialsException("cannot resolve " + file.description() + ": " + e.getClass().getSimpleName());
        }
        if (!Files.isRegularFile(real)) {
            throw new CredentialsException(file.description() + " is not a regular file (a directory?); point to the file itself");
        }
        if (!real.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return real;
        }
        PosixFileAttributes attributes;
        try {
            attributes = Files.readAttributes(real, PosixFileAttributes.class);
        } catch (IOException e) {
            throw new CredentialsException("cannot read the permissions of " + file.description());
        }
        if (!OWNER_ONLY.containsAll(attributes.permissions())) {
            throw new InsecureFilePermissionsException(file.description() + " has mode " + mode(attributes.permissions())
                    + ", readable or writable by other users; run: chmod 600 " + file.shellWord());
        }
        checkFolder(file, real.getParent());
        if (!attributes.owner().getName().equals(expectedOwner)) {
            throw new InsecureFilePermissionsException(file.description() + " is owned by " + attributes.owner().getName()
                    + ", not by " + expectedOwner + " who runs this process; run: chown " + expectedOwner + " " + file.shellWord());
        }
        return real;
    }

    /**
     * Refuses a file in a folder other users may write to without the sticky bit ({@code /tmp} has it): they could
     * swap the file between the permission check and the read.
     */
    private static void checkFolder(NamedFile file, Path folder) {
        int mode;
        try {
            mode = (Integer) Files.getAttribute(folder, "unix:mode");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return; // no unix view: the file's own POSIX check is all there is
        }
        if ((mode & GROUP_OR_OTHER_WRITE) != 0 && (mode & STICKY) == 0) {
            throw new InsecureFilePermissionsException(file.description() + " is in the folder " + folder + " (mode "
                    + String.format("%04o", mode & 07777) + "), which other users can write to, so they could replace the file; "
                    + "run: chmod go-w " + folder + ", or move the file to a folder only you can write to");
        }
    }

    /** The octal mode, e.g. {@code 0644}. */
    static String mode(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission p : permissions) {
            mode |= 1 << (8 - p.ordinal());
        }
        return String.format("%04o", mode);
    }
}
