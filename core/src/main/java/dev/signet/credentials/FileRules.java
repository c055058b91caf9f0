package dev.signet.credentials;

import dev.signet.core.CredentialsException;
import dev.signet.core.InsecureFilePermissionsException;
import dev.signet.credentials.FolderChain.Located;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The path rules every secret, key, profile and state file passes before Signet reads it, like OpenSSH's
 * {@code StrictModes}: a regular file (links are followed, so Kubernetes {@code ..data} links are fine) with no
 * group/other permission bits, owned by the expected user; and every folder from the root down to it — including
 * the folders that hold the links followed on the way — owned by root or that user and not writable by group or
 * other unless sticky (like {@code /tmp}). Otherwise another user could replace the file or a folder on its path.
 *
 * <p>A swap between the check and the read is harmless or detected. The path is resolved one name at a time
 * without following links implicitly, each folder checked before anything in it is trusted. The file is then
 * opened through its folder: on platforms with {@link SecureDirectoryStream} (Linux) the folder is opened, its
 * identity (device and inode, from the open descriptor) compared with the checked one, and the file's attributes
 * read, the file opened and its attributes read again, all relative to that open folder and without following a
 * link; the channel returned is the file whose attributes were checked. Swapping any folder by name after the check
 * changes nothing, and only root or the owner, who can write the file anyway, can change the checked folder's
 * entries. Where the folder cannot be opened (no read permission, or no {@code SecureDirectoryStream}) the same
 * checks run by path, and the folder's and the file's identities before and after the open must match.
 *
 * <p>File systems without POSIX permissions (Windows) get only the regular-file check and the single channel; a
 * warning is logged once. Protect such files with ACLs.
 *
 * <pre>{@code try (FileChannel in = FileRules.create().open(Path.of("/run/secrets/api-secret"))) { ... }}</pre>
 */
public final class FileRules {
    private static final Logger LOG = LoggerFactory.getLogger(FileRules.class);
    private static final AtomicBoolean WARNED_WITHOUT_POSIX = new AtomicBoolean();
    private static final Set<StandardOpenOption> OPTIONS = Set.of(StandardOpenOption.READ, StandardOpenOption.WRITE,
            StandardOpenOption.APPEND, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC, StandardOpenOption.DSYNC);

    private final String expectedOwner;
    private final FolderChain chain;
    /** Runs after the file's attributes are checked and before it is opened: where tests swap the file. */
    private final Runnable betweenCheckAndOpen;

    private FileRules(String expectedOwner, Runnable betweenCheckAndOpen) {
        this.expectedOwner = Objects.requireNonNull(expectedOwner, "expectedOwner");
        this.chain = new FolderChain(expectedOwner);
        this.betweenCheckAndOpen = betweenCheckAndOpen;
    }

    /** Files must belong to the user running this JVM. */
    public static FileRules create() {
        return new FileRules(System.getProperty("user.name"), () -> { });
    }

    /**
     * Files must belong to {@code owner}, and folders to root or {@code owner} (tests; services that read files
     * provisioned for another account).
     */
    public static FileRules expectingOwner(String owner) {
        return new FileRules(owner, () -> { });
    }

    /** Like {@link #expectingOwner(String)}, running {@code swap} between the check and the open (tests of the swap detection). */
    static FileRules expectingOwner(String owner, Runnable swap) {
        return new FileRules(owner, swap);
    }

    /**
     * Checks {@code file} and every folder above it, and opens it: for reading when no option is given. The file must
     * exist (a state file is created first, with mode 0600, in a folder {@link #checkFolder(Path)} accepts).
     *
     * @param options any of {@code READ}, {@code WRITE}, {@code APPEND}, {@code TRUNCATE_EXISTING}, {@code SYNC},
     *     {@code DSYNC}; links are never followed at the last step (they were resolved and checked before)
     * @return a channel on the very file that was checked; the caller closes it
     * @throws InsecureFilePermissionsException naming the file or folder, its mode or owner, and the fix
     * @throws CredentialsException if the file does not exist, is not a regular file, or cannot be opened
     */
    public FileChannel open(Path file, StandardOpenOption... options) {
        Set<OpenOption> opening = new HashSet<>();
        for (StandardOpenOption option : options) {
            if (!OPTIONS.contains(option)) {
                throw new IllegalArgumentException(option + " is not for checked files: create the file first, with mode 0600");
            }
            opening.add(option);
        }
        if (opening.isEmpty()) {
            opening.add(StandardOpenOption.READ);
        }
        opening.add(LinkOption.NOFOLLOW_LINKS);
        return open(NamedFile.of(file), opening);
    }

    /**
     * Checks that {@code folder} and every folder above it pass the folder rules: where a new secret or state file
     * may be created. Nothing is checked on file systems without POSIX permissions.
     *
     * @throws InsecureFilePermissionsException naming the folder, its mode or owner, and the fix
     * @throws CredentialsException if the folder does not exist or is not a folder
     */
    public void checkFolder(Path folder) {
        NamedFile named = NamedFile.of(folder);
        if (!isPosix(folder)) {
            return;
        }
        Located at = chain.resolve(named);
        if (at.name() != null) {
            Path last = at.folder().resolve(at.name());
            PathEntry entry = PathEntry.lstat(named, last);
            if (!entry.directory()) {
                throw new CredentialsException(named.description() + " is not a folder");
            }
            chain.check(named, last, entry, false);
        }
    }

    FileChannel open(NamedFile file) {
        return open(file, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
    }

    private FileChannel open(NamedFile file, Set<OpenOption> options) {
        if (!isPosix(file.path())) {
            return openWithoutPosix(file, options);
        }
        Located at = chain.resolve(file);
        if (at.name() == null) {
            throw notRegular(file);
        }
        try {
            DirectoryStream<Path> folder;
            try {
                folder = Files.newDirectoryStream(at.folder());
            } catch (AccessDeniedException unreadable) {
                return openByPath(file, at, options);
            }
            if (!(folder instanceof SecureDirectoryStream)) {
                folder.close();
                return openByPath(file, at, options);
            }
            try (SecureDirectoryStream<Path> pinned = (SecureDirectoryStream<Path>) folder) {
                return openPinned(file, at, pinned, options);
            }
        } catch (NoSuchFileException e) {
            throw replaced(file);
        } catch (IOException e) {
            throw new CredentialsException("cannot open " + file.description() + ": " + e.getClass().getSimpleName());
        }
    }

    private FileChannel openPinned(NamedFile file, Located at, SecureDirectoryStream<Path> folder, Set<OpenOption> options)
            throws IOException {
        Object folderKey = folder.getFileAttributeView(BasicFileAttributeView.class).readAttributes().fileKey();
        if (!Objects.equals(at.folderKey(), folderKey)) {
            throw replaced(file);
        }
        Path name = at.folder().getFileSystem().getPath(at.name());
        PosixFileAttributeView view = folder.getFileAttributeView(name, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributes before = view.readAttributes();
        checkFile(file, PathEntry.of(before));
        betweenCheckAndOpen.run();
        return unlessReplaced(file, folder.newByteChannel(name, options), () -> Objects.equals(before.fileKey(),
                view.readAttributes().fileKey()));
    }

    private FileChannel openByPath(NamedFile file, Located at, Set<OpenOption> options) throws IOException {
        Path path = at.folder().resolve(at.name());
        PathEntry before = PathEntry.lstat(file, path);
        checkFile(file, before);
        betweenCheckAndOpen.run();
        return unlessReplaced(file, openByPath(path, options), () -> Objects.equals(before.key(), PathEntry.lstat(file, path).key())
                && Objects.equals(at.folderKey(), PathEntry.lstat(file, at.folder()).key()));
    }

    private static FileChannel openWithoutPosix(NamedFile file, Set<OpenOption> options) {
        try {
            Path real = file.path().toRealPath();
            BasicFileAttributes before = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!before.isRegularFile()) {
                throw notRegular(file);
            }
            if (WARNED_WITHOUT_POSIX.compareAndSet(false, true)) {
                LOG.warn("{} is on a file system without POSIX permissions: Signet checks only that it is a regular file; "
                        + "protect secret and key files with ACLs (said once)", file.description());
            }
            return unlessReplaced(file, openByPath(real, options), () -> Objects.equals(before.fileKey(),
                    Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey()));
        } catch (NoSuchFileException e) {
            throw new CredentialsException(file.description() + " does not exist");
        } catch (IOException e) {
            throw new CredentialsException("cannot open " + file.description() + ": " + e.getClass().getSimpleName());
        }
    }

    /** {@code channel}, if {@code sameFile} says it is still the file that was checked; else it is closed and the swap reported. */
    private static FileChannel unlessReplaced(NamedFile file, SeekableByteChannel channel, Check sameFile) throws IOException {
        boolean same = false;
        try {
            same = channel instanceof FileChannel && sameFile.holds();
        } finally {
            if (!same) {
                channel.close();
            }
        }
        if (!same) {
            throw replaced(file);
        }
        return (FileChannel) channel;
    }

    /** Opens by path, not following a link at the last step where the file system has links (zipfs refuses the option). */
    private static FileChannel openByPath(Path path, Set<OpenOption> options) throws IOException {
        try {
            return FileChannel.open(path, options);
        } catch (IllegalArgumentException | UnsupportedOperationException withoutLinks) {
            Set<OpenOption> plain = new HashSet<>(options);
            plain.remove(LinkOption.NOFOLLOW_LINKS);
            return FileChannel.open(path, plain);
        }
    }

    private void checkFile(NamedFile file, PathEntry entry) {
        if (!entry.regular()) {
            throw notRegular(file);
        }
        if (entry.groupOrOtherMayUse()) {
            throw new InsecureFilePermissionsException(file.description() + " has mode " + entry.modeText()
                    + ", readable or writable by other users; run: chmod 600 " + file.shellWord());
        }
        if (!entry.owner().equals(expectedOwner)) {
            throw new InsecureFilePermissionsException(file.description() + " is owned by " + entry.owner() + ", not by " + expectedOwner
                    + " who runs this process; run: chown " + expectedOwner + " " + file.shellWord());
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static CredentialsException notRegular(NamedFile file) {
        return new CredentialsException(file.description() + " is not a regular file (a directory?); point to the file itself");
    }

    private static InsecureFilePermissionsException replaced(NamedFile file) {
        return new InsecureFilePermissionsException(file.description() + " was replaced between the permission check and the "
                + "read; nothing read from it is used; try again once it is stable");
    }

    /** A check that reads the file system again. */
    private interface Check {
        boolean holds() throws IOException;
    }
}
