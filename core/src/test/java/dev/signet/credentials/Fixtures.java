package dev.signet.credentials;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;

/** Secret files and random secrets for the provider tests. */
final class Fixtures {
    static final String API_KEY = "k3yIdAbCdEfGhIjKlMnOpQrStUvWxYz0123456789"; // signet:allow test fixture

    private Fixtures() {}

    /** A random policy-passing secret starting with "canary". */
    static String randomSecret() {
        return "canary" + dev.signet.testing.TestSecrets.random().substring(6);
    }

    static Path file(Path dir, String name, String content, String mode) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }

    /** Makes {@code user} the owner of {@code path} (of a link itself, not its target); needs root. */
    static void own(Path path, String user) throws IOException {
        Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setOwner(path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user));
    }

    /**
     * Skips the calling test when it cannot hand files to other users (not root) on a developer's machine, but fails
     * it under {@code CI=true}: the folder rules must be tested in CI.
     */
    static void requireRoot() {
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!root && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("the file-rule tests hand files to other users and need root; CI=true requires them to run");
        }
        Assumptions.assumeTrue(root, "needs root to chown");
    }
}
