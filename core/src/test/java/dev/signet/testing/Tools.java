package dev.signet.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Runs openssl and ssh-keygen for the tests (core test-jar); fails the test with the command when it fails. */
public final class Tools {
    private Tools() {}

    /** Whether {@code tool} is on the PATH. */
    public static boolean has(String tool) {
        return TestVectors.onPath(tool);
    }

    /**
     * Skips the calling test when {@code tool} is missing on a developer's machine, but fails it under {@code CI=true}:
     * a cross-check against an independent implementation must never silently not run in CI.
     */
    public static void require(String tool) {
        if (has(tool)) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(tool + " is not on the PATH, and CI=true requires every cross-check to run; install it "
                    + "(.ci/run does, through apt-get)");
        }
        Assumptions.assumeTrue(false, tool + " not installed");
    }

    public static byte[] run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).as(String.join(" ", command)).isZero();
        return out;
    }

    public static String text(String... command) throws IOException, InterruptedException {
        return new String(run(command), StandardCharsets.US_ASCII);
    }
}
