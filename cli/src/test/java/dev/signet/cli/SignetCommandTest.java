package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SignetCommandTest {
    @Test
    void demoExitsZero() {
        StringWriter out = new StringWriter();
        int code = SignetCommand.run(new String[] {"demo"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("MockExchange");
    }

    @Test
    void unknownCommandIsUsageError() {
        int code = SignetCommand.run(new String[] {"nope"}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(code).isEqualTo(2);
    }
}
