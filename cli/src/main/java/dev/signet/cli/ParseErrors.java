package dev.signet.cli;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Command-line mistakes: one stderr line naming the option, never the value the user typed (it may be the secret
 * put where a variable name or path belongs), and exit 2. {@code signet sign --secret S} says
 * {@code unknown option --secret (value hidden); did you mean --secret-env or --secret-file?}.
 */
final class ParseErrors implements CommandLine.IParameterExceptionHandler {
    private static final Pattern OPTION_NAME = Pattern.compile("--?[A-Za-z][A-Za-z0-9-]{0,40}");

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        cli.getErr().println("signet: " + describe(e, List.of(args)) + " (see " + cli.getCommandSpec().qualifiedName() + " --help)");
        return ExitCodes.USAGE;
    }

    static String describe(ParameterException e, List<String> args) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        if (e instanceof CommandLine.OverwrittenOptionException || e instanceof CommandLine.MaxValuesExceededException) {
            return repeated(e.getCommandLine(), args);
        }
        ArgSpec spec = e.getArgSpec();
        if (spec != null && e.getValue() != null) {
            String reason = e.getCause() instanceof TypeConversionException conversion && !conversion.getMessage().contains(e.getValue())
                    ? ": " + conversion.getMessage() : "; expected " + spec.paramLabel();
            return "invalid value for " + nameOf(spec) + " " + Redaction.HIDDEN + reason;
        }
        // missing or mutually exclusive options: picocli names them by their declarations; scrub anyway
        return Redaction.scrub(String.valueOf(e.getMessage()).replaceFirst("^Error: ", ""), args);
    }

    /** An option given twice (picocli's message would quote both values). */
    private static String repeated(CommandLine cli, List<String> args) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        for (String arg : args) {
            String name = arg.split("=", 2)[0];
            if (cli.getCommandSpec().optionsMap().containsKey(name) && !seen.add(name)) {
                twice.add(name);
            }
        }
        return (twice.isEmpty() ? "an option" : String.join(", ", twice)) + " is given more than once " + Redaction.HIDDEN
                + "; give it once";
    }

    private static String unmatched(UnmatchedArgumentException e) {
        List<String> options = e.getUnmatched().stream().map(a -> a.split("=", 2)[0]).filter(a -> OPTION_NAME.matcher(a).matches())
                .distinct().toList();
        String what = options.isEmpty() ? "unexpected argument " + Redaction.HIDDEN
                : "unknown option" + (options.size() > 1 ? "s " : " ") + String.join(", ", options) + " " + Redaction.HIDDEN;
        List<String> suggestions = e.getSuggestions();
        return suggestions.isEmpty() ? what : what + "; did you mean " + String.join(" or ", suggestions) + "?";
    }

    private static String nameOf(ArgSpec spec) {
        return spec.isOption() ? ((OptionSpec) spec).longestName() : spec.paramLabel();
    }
}
