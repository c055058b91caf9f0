package dev.signet.credentials;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

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
}
