package dev.signet.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ProblemLogTest {
    private static String logged(Runnable work) {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(originalErr);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachDistinctProblemIsLoggedOnceOnOneEscapedLine() {
        ProblemLog problems = new ProblemLog(LoggerFactory.getLogger("rotation-test"));
        String log = logged(() -> {
            for (int poll = 0; poll < 5; poll++) {
                problems.report("unsupported KDF 'x\nINFO rotated signing key sha256:00000000 -> sha256:11111111\u001b[2K'");
            }
            problems.report("OutOfMemoryError while loading the key");
            problems.report("OutOfMemoryError while loading the key");
            problems.solved();
            problems.report("OutOfMemoryError while loading the key");
        });

        assertThat(log.lines()).hasSize(3).allSatisfy(line -> assertThat(line).contains("WARN rotation-test"));
        assertThat(log).contains("unsupported KDF 'x\\nINFO rotated signing key sha256:00000000 -> sha256:11111111\\u001b[2K'")
                .doesNotContain("\u001b");
        assertThat(log.lines().filter(line -> line.contains("OutOfMemoryError"))).hasSize(2);
    }
}
