package dev.signet.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code signet} command: {@code java -jar cli/target/signet.jar COMMAND [options]}.
 *
 * <p>Results go to stdout, one value per line; diagnostics to stderr. Exit codes: 0 ok, 1 verification failed or
 * scan findings, 2 usage, 3 credential or key error, 4 refused by policy.
 */
@Command(name = "signet", mixinStandardHelpOptions = true, version = "signet 0.1.0-SNAPSHOT",
        description = "Loads API credentials safely and signs exchange requests.",
        subcommands = {SignetCommand.Demo.class})
public final class SignetCommand implements Callable<Integer> {

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line in-process; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new SignetCommand());
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(new CommandLine(this), "name a command; see signet --help");
    }

    /** {@code signet demo}: the first-run job. */
    @Command(name = "demo", mixinStandardHelpOptions = true, description = "Run the first-run demo offline.")
    static final class Demo implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.println("signet demo: will generate an Ed25519 key pair and an HMAC secret in a temp directory,");
            out.println("sign requests with each algorithm and send them to an embedded MockExchange.");
            return 0;
        }
    }
}
