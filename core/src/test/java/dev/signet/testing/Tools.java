package dev.signet.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs openssl and ssh-keygen for the tests (core test-jar); fails the test with the command when it fails. */
public final class Tools {
    private Tools() {}

    public static boolean has(String tool) {
        return TestVectors.onPath(tool);
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
