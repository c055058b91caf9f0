package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Output for a terminal whose locale is not UTF-8: look-alikes, never a {@code ?} for a dash. */
class TerminalWriterTest {
    private static String through(Charset charset, String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter out = TerminalWriter.printWriter(bytes, charset);
        out.print(text);
        out.flush();
        return bytes.toString(charset);
    }

    @Test
    void asciiTerminalsGetLookAlikes() {
        assertThat(through(StandardCharsets.US_ASCII, "verdict: OK — key abcd…wxyz, 3–6 months → rotate"))
                .isEqualTo("verdict: OK - key abcd...wxyz, 3-6 months -> rotate");
    }

    @Test
    void whatHasNoLookAlikeIsOneQuestionMarkPerCharacter() {
        assertThat(through(StandardCharsets.US_ASCII, "代币 \uD83D\uDE00.")).isEqualTo("?? ?.");
    }

    @Test
    void latin1KeepsWhatItCanShow() {
        assertThat(through(StandardCharsets.ISO_8859_1, "café — ok")).isEqualTo("café - ok");
    }

    @Test
    void utf8IsPassedThrough() {
        assertThat(through(StandardCharsets.UTF_8, "verdict: OK — 代币")).isEqualTo("verdict: OK — 代币");
    }
}
