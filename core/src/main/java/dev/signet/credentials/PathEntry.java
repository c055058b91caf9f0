package dev.signet.credentials;

import dev.signet.core.CredentialsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.Map;
import java.util.Set;

/**
 * What one {@code lstat} (or {@code fstatat}) said about a path: everything the {@link FileRules} look at.
 *
 * @param directory a folder
 * @param link a symbolic link
 * @param regular a regular file
 * @param mode the permission bits with set-id and sticky, e.g. {@code 01777}; the sticky bit is only known where the
 *     file system has the {@code unix} attribute view
 * @param rootOwned owned by uid 0
 * @param owner the owner's name
 * @param key the identity (device and inode on POSIX), or null where the file system has none
 */
record PathEntry(boolean directory, boolean link, boolean regular, int mode, boolean rootOwned, String owner, Object key) {
    private static final String UNIX_ATTRIBUTES = "unix:mode,uid,owner,fileKey,isDirectory,isSymbolicLink,isRegularFile";
    private static final String POSIX_ATTRIBUTES = "posix:permissions,owner,fileKey,isDirectory,isSymbolicLink,isRegularFile";
    private static final int GROUP_OR_OTHER = 0077;
    private static final int GROUP_OR_OTHER_WRITE = 0022;
    private static final int STICKY = 01000;

    /**
     * The path's own attributes, a link's rather than its target's.
     *
     * @throws CredentialsException naming {@code file} if the path does not exist or cannot be examined
     */
    static PathEntry lstat(NamedFile file, Path path) {
        try {
            boolean unix = path.getFileSystem().supportedFileAttributeViews().contains("unix");
            return of(Files.readAttributes(path, unix ? UNIX_ATTRIBUTES : POSIX_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException e) {
            throw new CredentialsException(file.description() + " does not exist");
        } catch (IOException e) {
            throw new CredentialsException("cannot read the permissions of " + file.description() + ": " + e.getClass().getSimpleName());
        }
    }

    private static PathEntry of(Map<String, Object> attributes) {
        String owner = ((UserPrincipal) attributes.get("owner")).getName();
        Object uid = attributes.get("uid");
        Object mode = attributes.get("mode");
        return new PathEntry((Boolean) attributes.get("isDirectory"), (Boolean) attributes.get("isSymbolicLink"),
                (Boolean) attributes.get("isRegularFile"), mode != null ? (Integer) mode & 07777 : bits((Set<?>) attributes.get("permissions")),
                uid != null ? (Integer) uid == 0 : owner.equals("root"), owner, attributes.get("fileKey"));
    }

    static PathEntry of(PosixFileAttributes attributes) {
        String owner = attributes.owner().getName();
        return new PathEntry(attributes.isDirectory(), attributes.isSymbolicLink(), attributes.isRegularFile(),
                bits(attributes.permissions()), owner.equals("root"), owner, attributes.fileKey());
    }

    /** The mode bits of a permission set, e.g. {@code 0644}. */
    private static int bits(Set<?> permissions) {
        int mode = 0;
        for (Object p : permissions) {
            mode |= 1 << (8 - ((PosixFilePermission) p).ordinal());
        }
        return mode;
    }

    /** Whether the group or others may read, write or execute it. */
    boolean groupOrOtherMayUse() {
        return (mode & GROUP_OR_OTHER) != 0;
    }

    /** Whether the group or others may write to it. */
    boolean groupOrOtherMayWrite() {
        return (mode & GROUP_OR_OTHER_WRITE) != 0;
    }

    /** Whether it is a folder where only an entry's owner may rename or remove the entry. */
    boolean sticky() {
        return (mode & STICKY) != 0;
    }

    /** The mode in octal, e.g. {@code 0644}. */
    String modeText() {
        return String.format("%04o", mode);
    }
}
