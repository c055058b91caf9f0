package dev.signet.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.CredentialsException;
import dev.signet.core.InsecureFilePermissionsException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonReadableChannelException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder rules, OpenSSH StrictModes style: every folder from the root to the file, including those holding the
 * links followed. The "user" is {@code nobody} through the expected-owner seam, so ownership is judged as for a
 * normal user although the tests run as root (they need root to hand files to other users).
 */
class FileRulesTest {
    private static final SecretFileReader AS_NOBODY = SecretFileReader.expectingOwner("nobody");
    @TempDir
    Path dir;
    private final String secret = Fixtures.randomSecret();

    @BeforeEach
    void onlyRootCanHandFilesToOtherUsers() {
        Fixtures.requireRoot();
    }

    private Path folder(Path parent, String name, String owner, int mode) throws IOException {
        Path folder = Files.createDirectories(parent.resolve(name));
        Fixtures.own(folder, owner);
        Files.setAttribute(folder, "unix:mode", mode);
        return folder;
    }

    private Path secretIn(Path folder) throws IOException {
        Path file = Fixtures.file(folder, "secret", secret, "rw-------");
        Fixtures.own(file, "nobody");
        return file;
    }

    private String read(Path file) {
        return new String(AS_NOBODY.readSecret(file), StandardCharsets.UTF_8);
    }

    @Test
    void aWorldWritableFolderAnywhereAboveTheFileIsRefused() throws Exception {
        Path grandparent = folder(dir, "shared", "root", 0777);
        Path file = secretIn(folder(grandparent, "mine", "nobody", 0700));

        assertThatThrownBy(() -> read(file)).isInstanceOf(InsecureFilePermissionsException.class)
                .hasMessageContaining("is under the folder " + grandparent + " (mode 0777)")
                .hasMessageContaining("other users can write to").hasMessageContaining("chmod go-w " + grandparent);

        Files.setAttribute(grandparent, "unix:mode", 0755);
        assertThat(read(file)).isEqualTo(secret);
    }

    @Test
    void aFolderOwnedByAnotherUserIsRefusedAnywhereOnThePath() throws Exception {
        Path theirs = folder(dir, "theirs", "daemon", 0755);
        Path file = secretIn(folder(theirs, "mine", "nobody", 0700));

        assertThatThrownBy(() -> read(file)).isInstanceOf(InsecureFilePermissionsException.class)
                .hasMessageContaining("is under the folder " + theirs + ", owned by daemon (not root or nobody)");

        Fixtures.own(theirs, "nobody");
        assertThat(read(file)).isEqualTo(secret);
    }

    @Test
    void aGroupWritableFolderIsRefusedUnlessItIsSticky() throws Exception {
        Path team = folder(dir, "team", "root", 0770);
        Path file = secretIn(team);

        assertThatThrownBy(() -> read(file)).isInstanceOf(InsecureFilePermissionsException.class)
                .hasMessageContaining("is in the folder " + team + " (mode 0770)");

        Files.setAttribute(team, "unix:mode", 01770);
        assertThat(read(file)).isEqualTo(secret);
    }

    @Test
    void theFolderHoldingALinkIsCheckedLikeTheFoldersOfTheRealPath() throws Exception {
        Path file = secretIn(folder(dir, "safe", "nobody", 0700));
        Path shared = folder(dir, "shared", "root", 0777);
        Path link = Files.createSymbolicLink(shared.resolve("current"), file.getParent());

        assertThatThrownBy(() -> read(link.resolve("secret"))).isInstanceOf(InsecureFilePermissionsException.class)
                .hasMessageContaining("is under the folder " + shared);

        Files.setAttribute(shared, "unix:mode", 0755);
        assertThat(read(link.resolve("secret"))).isEqualTo(secret);
    }

    @Test
    void aLinkInAStickySharedFolderMustBeMadeByRootOrTheUser() throws Exception {
        Path file = secretIn(folder(dir, "safe", "nobody", 0700));
        Path tmp = folder(dir, "tmp", "root", 01777);
        Path link = Files.createSymbolicLink(tmp.resolve("secret"), file);
        Fixtures.own(link, "daemon");

        assertThatThrownBy(() -> read(link)).isInstanceOf(InsecureFilePermissionsException.class)
                .hasMessageContaining("goes through the link " + link + " in a shared folder, made by daemon");

        Fixtures.own(link, "nobody");
        assertThat(read(link)).isEqualTo(secret);
    }

    @Test
    void dotsAndRelativeLinksResolveLikeTheKernelAndLoopsEnd() throws Exception {
        Path mine = folder(dir, "mine", "nobody", 0700);
        Path file = secretIn(mine);
        Files.createSymbolicLink(mine.resolve("up"), Path.of(".."));
        assertThat(read(mine.resolve("up/mine/./secret"))).isEqualTo(secret);
        assertThat(read(mine.resolve("../mine/secret"))).isEqualTo(secret);

        Files.createSymbolicLink(mine.resolve("a"), Path.of("b"));
        Files.createSymbolicLink(mine.resolve("b"), Path.of("a"));
        assertThatThrownBy(() -> read(mine.resolve("a"))).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("too many levels of symbolic links");
        assertThatThrownBy(() -> read(file.resolve("x"))).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("does not exist").hasMessageContaining("is not a folder");
        assertThatThrownBy(() -> read(mine.resolve("."))).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("not a regular file");
    }

    @Test
    void aFifoIsRefusedBeforeItIsOpened() throws Exception {
        Path mine = folder(dir, "mine", "nobody", 0700);
        Path fifo = mine.resolve("fifo");
        assertThat(new ProcessBuilder("mkfifo", "-m", "600", fifo.toString()).start().waitFor()).isZero();
        Fixtures.own(fifo, "nobody");

        assertThatThrownBy(() -> read(fifo)).isInstanceOf(CredentialsException.class).hasMessageContaining("not a regular file");
    }

    @Test
    void aStateFileIsOpenedForWritingInAFolderThatPassesTheRules() throws Exception {
        Path mine = folder(dir, "mine", "nobody", 0700);
        FileRules rules = FileRules.expectingOwner("nobody");
        rules.checkFolder(mine);
        Path state = secretIn(mine);

        try (FileChannel channel = rules.open(state, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap("day=2026-01-31".getBytes(StandardCharsets.US_ASCII)), 0);
        }
        assertThat(Files.readString(state)).startsWith("day=2026-01-31");
        assertThatThrownBy(() -> rules.open(state, StandardOpenOption.CREATE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("create the file first");
        Files.setAttribute(dir, "unix:mode", 0777);
        assertThatThrownBy(() -> rules.checkFolder(mine)).isInstanceOf(InsecureFilePermissionsException.class)
                .hasMessageContaining("is in the folder " + dir);
        assertThatThrownBy(() -> rules.checkFolder(state)).isInstanceOf(CredentialsException.class);
        Files.setAttribute(dir, "unix:mode", 0700);
        assertThatThrownBy(() -> rules.checkFolder(state)).isInstanceOf(CredentialsException.class).hasMessageContaining("not a folder");
    }

    @Test
    void aFolderForStateThatOthersCanWriteToIsRefusedItself() throws Exception {
        Path shared = folder(dir, "shared", "nobody", 0777);
        assertThatThrownBy(() -> FileRules.expectingOwner("nobody").checkFolder(shared))
                .isInstanceOf(InsecureFilePermissionsException.class).hasMessageContaining("chmod go-w " + shared);
    }

    @Test
    void aFileOpenedOnlyForWritingCannotBeRead() throws Exception {
        Path state = secretIn(folder(dir, "mine", "nobody", 0700));
        try (FileChannel channel = FileRules.expectingOwner("nobody").open(state, StandardOpenOption.WRITE)) {
            assertThatThrownBy(() -> channel.read(ByteBuffer.allocate(8))).isInstanceOf(NonReadableChannelException.class);
        }
    }

    @Test
    void withoutPosixPermissionsOnlyTheRegularFileRuleApplies() throws Exception {
        try (FileSystem zip = FileSystems.newFileSystem(dir.resolve("plain.zip"), Map.of("create", "true"))) {
            Path file = Files.writeString(zip.getPath("/secret"), secret);
            Files.createDirectory(zip.getPath("/folder"));

            assertThat(new String(SecretFileReader.create().readSecret(file), StandardCharsets.UTF_8)).isEqualTo(secret);
            assertThatThrownBy(() -> SecretFileReader.create().readSecret(zip.getPath("/folder")))
                    .hasMessageContaining("not a regular file");
        }
    }

    @Test
    void withoutSecureDirectoryStreamsTheRulesAreCheckedByPath() throws Exception {
        Path archive = dir.resolve("posix.zip");
        Map<String, String> env = Map.of("create", "true", "enablePosixFileAttributes", "true", "defaultPermissions", "rwx------",
                "defaultOwner", "nobody");
        try (FileSystem zip = FileSystems.newFileSystem(archive, env)) {
            Path file = Files.writeString(zip.getPath("/secret"), secret);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            assertThat(read(file)).isEqualTo(secret);

            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            assertThatThrownBy(() -> read(file)).isInstanceOf(InsecureFilePermissionsException.class).hasMessageContaining("mode 0644");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            Path shared = Files.createDirectory(zip.getPath("/shared"));
            Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
            Path inShared = Files.writeString(shared.resolve("secret"), secret);
            Files.setPosixFilePermissions(inShared, PosixFilePermissions.fromString("rw-------"));
            assertThatThrownBy(() -> read(inShared)).isInstanceOf(InsecureFilePermissionsException.class)
                    .hasMessageContaining("other users can write to");
        }
    }

    @Test
    void namesFromTheFileSystemAreEscapedInMessages() throws Exception {
        Path forged = dir.resolve("x\nINFO rotated signing key sha256:00000000 -> sha256:11111111\u001b[2K");
        Path mine = folder(dir, "evil\u202e", "daemon", 0700);
        assertThatThrownBy(() -> read(forged)).hasMessageContaining("x\\nINFO rotated").hasMessageContaining("\\u001b[2K")
                .message().doesNotContain("\n").doesNotContain("\u001b");
        assertThatThrownBy(() -> read(mine.resolve("secret"))).hasMessageContaining("evil\\u202e").message().doesNotContain("\u202e");
    }
}
