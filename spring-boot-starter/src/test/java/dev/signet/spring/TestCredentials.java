package dev.signet.spring;

import dev.signet.core.ApiKey;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.SigningKey;
import dev.signet.testkit.MockExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A fresh HMAC key written the way Signet expects it on disk — an API-key file and a secret file, owner-only, in an
 * owner-only folder — and registered with a {@link MockExchange}. {@link #secret()} exists so tests can assert that
 * the secret never shows up anywhere.
 */
record TestCredentials(String apiKey, String secret, Path folder, Path apiKeyFile, Path secretFile) {
    private static final SecureRandom RANDOM = new SecureRandom();

    static TestCredentials create() {
        try {
            Path folder = Files.createTempDirectory("signet-spring-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            String apiKey = "spring" + random(29);
            String secret = random(32);
            return new TestCredentials(apiKey, secret, folder, ownerOnly(folder.resolve("api-key"), apiKey),
                    ownerOnly(folder.resolve("api-secret"), secret));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Registers the key with {@code exchange}; returns it. */
    MockExchange registerWith(MockExchange exchange) {
        try (SigningKey key = SigningKey.hmacSha256(InsecureSecretAccess.secretFromString(secret))) {
            return exchange.registerKey(ApiKey.of(apiKey), key.verificationKey());
        }
    }

    static Path ownerOnly(Path file, String content) throws IOException {
        Files.writeString(file, content + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
