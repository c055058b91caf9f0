package dev.signet.credentials;

import dev.signet.core.CredentialsException;
import dev.signet.core.InsecureFilePermissionsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Resolves a path one name at a time from the root, following links by hand, and checks every folder it passes
 * through — those holding the links included — before it looks inside: owned by root or the expected owner, not
 * writable by group or other unless sticky. A link in a shared (sticky) folder must be root's or the owner's, as
 * Linux's {@code fs.protected_symlinks} says.
 */
final class FolderChain {
    /** Linux's limit on links followed while resolving one path. */
    private static final int MAX_LINKS = 40;

    private final String expectedOwner;

    FolderChain(String expectedOwner) {
        this.expectedOwner = expectedOwner;
    }

    /**
     * Where {@code file}'s path ends: the last name and its checked real folder, or no name when the path names a
     * folder by {@code .} or {@code ..}. Every prefix of {@code current} has been checked.
     *
     * @throws InsecureFilePermissionsException naming the first folder or link that breaks a rule
     * @throws CredentialsException if a name on the path does not exist, is not a folder, or links loop
     */
    Located resolve(NamedFile file) {
        Path start = file.path().toAbsolutePath();
        Path current = start.getRoot();
        PathEntry folder = PathEntry.lstat(file, current);
        check(file, current, folder, false);
        Deque<String> todo = new ArrayDeque<>();
        start.forEach(name -> todo.addLast(name.toString()));
        int links = 0;
        while (!todo.isEmpty()) {
            String name = todo.removeFirst();
            if (name.equals(".") || name.equals("..")) {
                current = name.equals(".") || current.getParent() == null ? current : current.getParent();
                folder = PathEntry.lstat(file, current);
                continue;
            }
            Path next = current.resolve(name);
            PathEntry entry = PathEntry.lstat(file, next);
            if (entry.link()) {
                if (++links > MAX_LINKS) {
                    throw new CredentialsException(file.description() + " has too many levels of symbolic links (a loop?)");
                }
                checkLink(file, next, entry, folder);
                Path target = readLink(file, next);
                if (target.isAbsolute()) {
                    current = target.getRoot();
                    folder = PathEntry.lstat(file, current);
                }
                for (int i = target.getNameCount() - 1; i >= 0; i--) {
                    todo.addFirst(target.getName(i).toString());
                }
            } else if (todo.isEmpty()) {
                return new Located(current, name, folder.key());
            } else if (!entry.directory()) {
                throw new CredentialsException(file.description() + " does not exist (" + NamedFile.shellWord(next.toString())
                        + " on its path is not a folder)");
            } else {
                check(file, next, entry, todo.size() == 1);
                current = next;
                folder = entry;
            }
        }
        return new Located(current, null, folder.key());
    }

    /**
     * Checks one folder on {@code file}'s path.
     *
     * @param holdsFile whether the folder holds the file itself (for the message)
     */
    void check(NamedFile file, Path folder, PathEntry entry, boolean holdsFile) {
        String where = file.description() + (holdsFile ? " is in the folder " : " is under the folder ") + NamedFile.shellWord(folder.toString());
        String what = holdsFile ? "the file" : "a folder on its path";
        if (!entry.rootOwned() && !entry.owner().equals(expectedOwner)) {
            throw new InsecureFilePermissionsException(where + ", owned by " + entry.owner() + " (not root or " + expectedOwner
                    + "), who could replace " + what + "; move the file to a folder owned by you or root");
        }
        if (entry.groupOrOtherMayWrite() && !entry.sticky()) {
            throw new InsecureFilePermissionsException(where + " (mode " + entry.modeText() + "), which other users can write to, so "
                    + "they could replace " + what + "; run: chmod go-w " + NamedFile.shellWord(folder.toString())
                    + ", or move the file to a folder only you can write to");
        }
    }

    private void checkLink(NamedFile file, Path link, PathEntry entry, PathEntry folder) {
        if (folder.groupOrOtherMayWrite() && !entry.rootOwned() && !entry.owner().equals(expectedOwner)) {
            throw new InsecureFilePermissionsException(file.description() + " goes through the link " + NamedFile.shellWord(link.toString())
                    + " in a shared folder, made by " + entry.owner() + " (not root or " + expectedOwner + "), who could point it "
                    + "elsewhere; use the file's real path");
        }
    }

    private static Path readLink(NamedFile file, Path link) {
        try {
            return Files.readSymbolicLink(link);
        } catch (IOException e) {
            throw new CredentialsException("cannot resolve " + file.description() + ": " + e.getClass().getSimpleName());
        }
    }

    /**
     * Where a checked path ends.
     *
     * @param folder the real folder holding the last name
     * @param name the last name, or null when the path names {@code folder} itself
     * @param folderKey the folder's identity when it was checked
     */
    record Located(Path folder, String name, Object folderKey) {
    }
}
