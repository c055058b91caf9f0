package dev.signet.cli;

import dev.signet.binance.guard.LimitStoreException;
import dev.signet.binance.guard.PermissionDeniedException;
import dev.signet.binance.guard.TradingLimitExceededException;
import dev.signet.core.CredentialsException;
import dev.signet.core.KeyFormatException;
import dev.signet.core.RejectedSecretException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine;

/**
 * DESIGN.md §5 exit codes, and the one stderr line a failure prints: 0 ok, 1 verification failed or scan
 * findings, 2 usage, 3 credential, key or limit-state error, 4 refused by policy. Stack traces only with
 * {@code --verbose}. Values from the command line that may be secrets are scrubbed from both ({@link Redaction}).
 */
final class ExitCodes implements CommandLine.IExecutionExceptionHandler {
    static final int OK = 0;
    static final int FAILED_CHECK = 1;
    static final int USAGE = 2;
    static final int CREDENTIALS = 3;
    static final int POLICY = 4;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        int code = codeOf(e);
        List<String> args = parsed.originalArgs();
        cli.getErr().println("signet: " + Redaction.scrub(firstLine(e.getMessage()), args)
                + (code == USAGE ? " (see " + cli.getCommandSpec().qualifiedName() + " --help)" : ""));
        if (hasVerbose(parsed)) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            cli.getErr().print(Redaction.scrub(trace.toString(), args));
            cli.getErr().flush();
        }
        return code;
    }

    static int codeOf(Exception e) {
        if (e instanceof RejectedSecretException || e instanceof PermissionDeniedException || e instanceof TradingLimitExceededException) {
            return POLICY;
        }
        if (e instanceof CredentialsException || e instanceof KeyFormatException || e instanceof LimitStoreException
                || e instanceof IOException || e instanceof UncheckedIOException) {
            return CREDENTIALS;
        }
        return USAGE;
    }

    private static boolean hasVerbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "failed";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl) + " …";
    }
}
