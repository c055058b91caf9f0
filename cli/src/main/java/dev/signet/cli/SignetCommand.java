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
 * <p>{@code signet generate-completion} prints a bash/zsh completion script (picocli's). Library warnings (key age,
 * rotation, legacy key formats) reach stderr as {@code signet: warning: …} through the bundled slf4j-simple,
 * configured by {@code simplelogger.properties} (WARN and above).
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
        System.exit(run(args, System.getenv(), System.in, TerminalWriter.printWriter(System.out, TerminalWriter.stdoutCharset()),
                TerminalWriter.printWriter(System.err, TerminalWriter.stderrCharset())));
    }

    /** Runs the command line in-process with the given environment and streams; returns the exit code. */
    public static int run(String[] args, Map<String, String> env, InputStream stdin, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new SignetCommand(env, stdin));
        versionEverywhere(cli);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ExitCodes());
        cli.setParameterExceptionHandler(new ParseErrors());
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** {@code --version} on every subcommand prints what {@code signet --version} prints. */
    private static void versionEverywhere(CommandLine cli) {
        for (CommandLine sub : cli.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(new BuildVersion());
            versionEverywhere(sub);
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: " + String.join(", ", spec.subcommands().keySet()));
    }
}
