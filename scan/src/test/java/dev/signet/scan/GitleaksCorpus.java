package dev.signet.scan;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Recall and false positives of {@link SecretScanner} on gitleaks' own test data, for the rule types Signet claims:
 * the true- and false-positive samples of gitleaks' rule tests ({@code cmd/generate/config/rules/*.go}, see
 * {@link GoSamples}) and the {@code testdata/repos/nogit} tree. The gitleaks checkout is read where it lies; nothing
 * of it enters this repository. Each sample is scanned as one text file ({@code sample.txt}).
 *
 * <pre>
 * git clone https://github.com/gitleaks/gitleaks /tmp/gitleaks &amp;&amp; git -C /tmp/gitleaks checkout b58d3f10
 * ./mvnw -B -q -pl scan -am test-compile
 * java -cp scan/target/test-classes:scan/target/classes:core/target/classes dev.signet.scan.GitleaksCorpus /tmp/gitleaks [SEED] [--details]
 * </pre>
 */
public final class GitleaksCorpus {
    /** gitleaks rule file → its rules that match a Signet rule type, with that type's name. */
    static final Map<String, Map<String, String>> CLAIMED = new LinkedHashMap<>();

    static {
        CLAIMED.put("privatekey.go", Map.of("private-key", "private keys (PEM, OpenSSH, PGP)"));
        CLAIMED.put("aws.go", Map.of("aws-access-token", "AWS access key ids"));
        CLAIMED.put("generic.go", Map.of("generic-api-key", "secret-like name = high-entropy value"));
        for (String exchange : new String[] {"kucoin.go", "kraken.go", "coinbase.go", "bittrex.go"}) {
            CLAIMED.put(exchange, Map.of());
        }
    }

    private static final String EXCHANGE_TYPE = "exchange API keys and secrets";

    private GitleaksCorpus() {}

    /** One gitleaks rule's figures; {@code rulesFired} counts the Signet rules that reported its true positives. */
    record Row(String gitleaksRule, String signetType, int truePositives, int found, int falsePositives, int flagged, int unparsed,
            Map<String, Integer> rulesFired) {}

    /** Measures every claimed rule of the checkout. */
    static List<Row> measure(Path checkout, long seed, Path scratch, PrintStream details) throws IOException {
        GoSamples samples = new GoSamples(checkout, new Random(seed));
        SecretScanner scanner = SecretScanner.builder().build();
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> file : CLAIMED.entrySet()) {
            for (GoSamples.Rule rule : samples.rules(file.getKey()).values()) {
                String type = file.getValue().isEmpty() ? EXCHANGE_TYPE : file.getValue().get(rule.id());
                if (type == null) {
                    continue;
                }
                Map<String, Integer> fired = new TreeMap<>();
                int found = 0;
                for (String tp : rule.truePositives()) {
                    List<Finding> findings = scan(scanner, scratch, tp);
                    found += findings.isEmpty() ? 0 : 1;
                    if (findings.isEmpty() && details != null) {
                        details.println("missed " + rule.id() + ": " + tp.replace("\n", "\\n"));
                    }
                    findings.stream().map(f -> f.rule().id()).distinct().forEach(id -> fired.merge(id, 1, Integer::sum));
                }
                int flagged = 0;
                for (String fp : rule.falsePositives()) {
                    List<Finding> findings = scan(scanner, scratch, fp);
                    flagged += findings.isEmpty() ? 0 : 1;
                    if (!findings.isEmpty() && details != null) {
                        details.println("flagged " + rule.id() + " (" + findings.get(0).rule().id() + "): " + fp.replace("\n", "\\n"));
                    }
                }
                rows.add(new Row(rule.id(), type, rule.truePositives().size(), found, rule.falsePositives().size(), flagged, rule.unparsed(), fired));
            }
        }
        return rows;
    }

    private static List<Finding> scan(SecretScanner scanner, Path scratch, String sample) throws IOException {
        Path file = Files.writeString(scratch.resolve("sample.txt"), sample, StandardCharsets.UTF_8);
        return scanner.scanFile(file);
    }

    /**
     * Prints the table for the checkout given as the first argument; the second is the random seed (default 1); a
     * third, {@code --details}, lists each missed true positive and each flagged false positive on stderr.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: GitleaksCorpus GITLEAKS_CHECKOUT [SEED] [--details]");
            System.exit(2);
        }
        Path checkout = Path.of(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        Path scratch = Files.createTempDirectory("gitleaks-corpus");
        try {
            print(System.out, measure(checkout, seed, scratch, args.length > 2 && args[2].equals("--details") ? System.err : null));
        } finally {
            Files.deleteIfExists(scratch.resolve("sample.txt"));
            Files.delete(scratch);
        }
        Path nogit = checkout.resolve("testdata/repos/nogit");
        if (Files.isDirectory(nogit)) {
            System.out.println();
            System.out.println("testdata/repos/nogit (gitleaks expects 3 leaks: api.go:20, main.go:20 AWS ids, .env.prod:4 password):");
            SecretScanner.builder().build().report(List.of(nogit)).findings()
                    .forEach(f -> System.out.println("  " + nogit.relativize(f.path()) + ":" + f.line() + ":" + f.rule().id()));
        }
    }

    static void print(PrintStream out, List<Row> rows) {
        out.printf("%-24s %-40s %5s %6s %7s %5s %8s %8s %9s  %s%n", "gitleaks rule", "Signet rule type", "TP", "found", "recall", "FP",
                "flagged", "FP rate", "unparsed", "Signet rules that fired");
        for (Row r : rows) {
            out.printf("%-24s %-40s %5d %6d %6.0f%% %5d %8d %7.0f%% %9d  %s%n", r.gitleaksRule(), r.signetType(), r.truePositives(), r.found(),
                    percent(r.found(), r.truePositives()), r.falsePositives(), r.flagged(), percent(r.flagged(), r.falsePositives()),
                    r.unparsed(), r.rulesFired());
        }
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
