package dev.signet.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs the CLI in-process with a given environment and stdin, capturing both output streams. */
record Cli(int code, String out, String err) {
    static Cli run(Map<String, String> env, String... args) {
        return runWithStdin(env, "", args);
    }

    static Cli runWithStdin(Map<String, String> env, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SignetCommand.run(args, env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }

    /** Everything the user could see. */
    String all() {
        return out + err;
    }
}
