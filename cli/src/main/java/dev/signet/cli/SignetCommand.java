package dev.signet.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code signet} command: {@code java -jar cli/target/signet.jar COMMAND [options]}. Results go to stdout, one
 * value per line; diagnostics to stderr. Exit codes: 0 ok, 1 verification failed or scan findings, 2 usage,
 * 3 credential or key error, 4 refused by policy.
 *
 * <pre>{@code java -jar signet.jar sign --algorithm hmac-sha256 --secret-env BINANCE_API_SECRET --payload 'a=1'}</pre>
 *
 * <p>{@code signet generate-completion} prints a bash/zsh completion script (picocli's).
 */
@Command(name = "signet", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Loads API credentials safely and signs exchange requests.",
        subcommands = {SignCommand.class, VerifyCommand.class, KeygenCommand.class, PublicKeyCommand.class,
            BinanceCommand.class, ScanCommand.class, DoctorCommand.class, DemoCommand.class,
            CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class})
public final class SignetCommand implements Runnable {
    final Map<String, String> env;
    final InputStream stdin;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    SignetCommand(Map<String, String> env, InputStream stdin) {
        this.env = env;
        this.stdin = stdin;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.in, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line in-process with the given environment and streams; returns the exit code. */
    public static int run(String[] args, Map<String, String> env, InputStream stdin, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new SignetCommand(env, stdin));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ExitCodes());
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command; see signet --help");
    }
}
