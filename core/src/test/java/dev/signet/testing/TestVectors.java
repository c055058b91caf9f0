package dev.signet.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Shared test support (core's test-jar): JSON vectors under {@code /testvectors} and tools on the PATH. */
public final class TestVectors {
    private TestVectors() {}

    /** Loads {@code /testvectors/<path>} from the test class path. */
    public static JsonNode load(String path) {
        try (InputStream in = TestVectors.class.getResourceAsStream("/testvectors/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test vector file /testvectors/" + path);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether an executable named {@code tool} is on the PATH (openssl, ssh-keygen). */
    public static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
