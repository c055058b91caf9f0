package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The help every command prints: each option once, each option and positional described, {@code --version} everywhere. */
class HelpTest {
    private static final Pattern OPTION_ROW = Pattern.compile("(?m)^(?:  -\\w, | {6})(--[a-z][a-z0-9-]*)");

    /** Every runnable command, as the words that name it: {@code [sign]}, {@code [binance, sign-request]} … */
    private static List<List<String>> commands() {
        List<List<String>> all = new ArrayList<>();
        collect(new CommandLine(new SignetCommand(Map.of(), new ByteArrayInputStream(new byte[0]))), new ArrayList<>(), all);
        return all;
    }

    private static void collect(CommandLine cli, List<String> path, List<List<String>> all) {
        for (Map.Entry<String, CommandLine> sub : cli.getSubcommands().entrySet()) {
            List<String> words = new ArrayList<>(path);
            words.add(sub.getKey());
            all.add(words);
            collect(sub.getValue(), words, all);
        }
    }

    private static CommandLine find(List<String> words) {
        CommandLine cli = new CommandLine(new SignetCommand(Map.of(), new ByteArrayInputStream(new byte[0])));
        for (String word : words) {
            cli = cli.getSubcommands().get(word);
        }
        return cli;
    }

    private static Cli help(List<String> words) {
        List<String> args = new ArrayList<>(words);
        args.add("--help");
        return Cli.run(Map.of(), args.toArray(String[]::new));
    }

    @Test
    void everyCommandIsCovered() {
        assertThat(commands()).extracting(w -> String.join(" ", w))
                .contains("sign", "verify", "keygen", "public-key", "binance sign-request", "binance sign-ws", "scan", "doctor", "demo");
    }

    @Test
    void everyOptionIsListedOnceInItsCommandsHelp() {
        for (List<String> command : commands()) {
            Cli help = help(command);
            assertThat(help.code()).as(command.toString()).isZero();
            List<String> rows = new ArrayList<>();
            Matcher row = OPTION_ROW.matcher(help.out());
            while (row.find()) {
                rows.add(row.group(1));
            }
            assertThat(rows).as("option rows of %s", command).doesNotHaveDuplicates();
            assertThat(rows).as("option rows of %s", command).containsAll(find(command).getCommandSpec().optionsMap().keySet()
                    .stream().filter(n -> n.startsWith("--")).toList());
        }
    }

    @Test
    void everyOptionAndPositionalHasADescription() {
        for (List<String> command : commands()) {
            CommandLine cli = find(command);
            List<ArgSpec> args = new ArrayList<>(cli.getCommandSpec().options());
            args.addAll(cli.getCommandSpec().positionalParameters());
            for (ArgSpec arg : args) {
                String name = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
                assertThat(String.join(" ", arg.description()).strip()).as("%s %s", command, name).isNotEmpty();
            }
        }
    }

    @Test
    void versionWorksOnEveryCommand() {
        String expected = "signet " + System.getProperty("signet.projectVersion");
        // picocli's own "help" command reads its arguments as command names
        for (List<String> command : commands().stream().filter(c -> !c.equals(List.of("help"))).toList()) {
            List<String> args = new ArrayList<>(command);
            args.add("--version");
            Cli version = Cli.run(Map.of(), args.toArray(String[]::new));
            assertThat(version.code()).as(command.toString()).isZero();
            assertThat(version.out().strip()).as(command.toString()).isEqualTo(expected);
        }
    }

    @Test
    void aMisspelledOptionGetsEachSuggestionOnce() {
        Cli result = Cli.run(Map.of(), "sign", "--algorithm", "hmac-sha256", "--secret", "x", "--payload", "x");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).containsOnlyOnce("--secret-env").containsOnlyOnce("--secret-file");
    }

    @Test
    void usageHintsNameTheRealCommand() {
        Cli result = Cli.run(Map.of("S", CommandsTest.SECRET), "binance", "sign-request", "--secret-env", "S", "--param", "noEqualsSign",
                "--timestamp", "1");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("(see signet binance sign-request --help)");
    }
}
