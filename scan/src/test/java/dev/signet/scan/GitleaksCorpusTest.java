package dev.signet.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gitleaks measurement reads rule tests the way gitleaks writes them: checked here on a small checkout written
 * by this test in the same layout (its own samples, built at run time), so the tool is tested without gitleaks.
 */
class GitleaksCorpusTest {
    private static final String Q = "\"";
    @TempDir
    Path checkout;

    private void write(String path, String content) throws IOException {
        Path file = checkout.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static String rule(String function, String id, String body) {
        return "package rules\n\nfunc " + function + "() *config.Rule {\n\tr := config.Rule{\n\t\tRuleID: " + Q + id + Q + ",\n\t}\n" + body
                + "\treturn utils.Validate(r, tps, fps)\n}\n";
    }

    private void writeCheckout() throws IOException {
        write("cmd/generate/config/utils/generate.go", "package utils\n\nfunc GenerateSampleSecret(identifier string, secret string) string {\n"
                + "\treturn fmt.Sprintf(" + Q + "%s_api_token = \\" + Q + "%s\\" + Q + Q + ", identifier, secret)\n}\n\n"
                + "func GenerateSampleSecrets(identifier string, secret string) []string {\n\tsamples := map[string]string{\n"
                + "\t\t// a comment\n\t\t" + Q + "ini" + Q + ": " + Q + "{i}Token={s}" + Q + ",\n"
                + "\t\t// " + Q + "skipped" + Q + ": " + Q + "{i}: {s}" + Q + ",\n"
                + "\t\t" + Q + "make" + Q + ": " + Q + "{I}_TOKEN := \\" + Q + "{s}\\" + Q + Q + ",\n\t}\n\treturn nil\n}\n");
        write("cmd/generate/config/utils/patterns.go", "package utils\n\nfunc Hex(size string) string {\n\treturn fmt.Sprintf(`[a-f0-9]{%s}`, size)\n}\n\n"
                + "func Uuid() string {\n\treturn `[0-9a-f]{8}-[0-9a-f]{4}`\n}\n");
        String pem = "-----BEGIN " + "PRIVATE KEY-----";
        write("cmd/generate/config/rules/privatekey.go", rule("PrivateKey", "private-key",
                "\ttps := []string{`" + pem + "\n" + SecretScannerTest.token(64) + "\n-----END PRIVATE KEY-----`}\n"
                        + "\tfps := []string{`" + pem + "\nanything\n-----END PRIVATE KEY-----`}\n"));
        write("cmd/generate/config/rules/aws.go", rule("AWS", "aws-access-token",
                "\ttps := utils.GenerateSampleSecrets(" + Q + "AWS" + Q + ", " + Q + "AK" + Q + " + " + Q + "IA" + Q
                        + " + secrets.NewSecret(" + Q + "[A-Z2-7]{16}" + Q + "))\n"
                        + "\tfps := []string{\n\t\t`key = AKIAXXXXXXXXXXXXXXXX`, // low entropy\n\t}\n")
                + rule("Other", "aws-other", "\ttps := []string{" + Q + "x" + Q + "}\n\tfps := nil\n"));
        write("cmd/generate/config/rules/generic.go", rule("GenericCredential", "generic-api-key",
                "\ttps := utils.GenerateSampleSecrets(" + Q + "generic" + Q + ", newPlausibleSecret(`[a-zA-Z0-9]{30}`))\n"
                        + "\ttps = append(tps,\n\t\t`creds = `+newPlausibleSecret(`[a-zA-Z0-9]{30}`),\n"
                        + "\t\tutils.GenerateSampleSecret(" + Q + "x" + Q + ", secrets.NewSecret(utils.Hex(" + Q + "32" + Q + "))),\n"
                        + "\t\tunknownHelper(" + Q + "y" + Q + "),\n\t)\n"
                        + "\tfps := []string{\n\t\t`author = " + Q + "someone@example.com" + Q + "`,\n\t\t" + Q + "apiVersion: \\" + Q
                        + "2024-01-01\\" + Q + Q + ",\n\t}\n"));
        for (String exchange : new String[] {"kucoin", "kraken", "coinbase", "bittrex"}) {
            write("cmd/generate/config/rules/" + exchange + ".go", rule(exchange, exchange + "-access-token",
                    "\ttps := utils.GenerateSampleSecrets(" + Q + exchange + Q + ", secrets.NewSecret(utils.Uuid()))\n"));
        }
    }

    @Test
    void readsLiteralsTemplatesHelpersAndAppends() throws IOException {
        writeCheckout();
        GoSamples samples = new GoSamples(checkout, new Random(7));
        Map<String, GoSamples.Rule> aws = samples.rules("aws.go");
        assertThat(aws).containsOnlyKeys("aws-access-token", "aws-other");
        assertThat(aws.get("aws-access-token").truePositives()).hasSize(2)
                .allMatch(s -> s.matches("(?s)(AWSToken=|AWS_TOKEN := \")AKIA[A-Z2-7]{16}\"?"));
        assertThat(aws.get("aws-access-token").falsePositives()).containsExactly("key = AKIAXXXXXXXXXXXXXXXX");
        assertThat(aws.get("aws-other").falsePositives()).isEmpty();
        GoSamples.Rule generic = samples.rules("generic.go").get("generic-api-key");
        assertThat(generic.truePositives()).hasSize(4);
        assertThat(generic.truePositives().get(2)).matches("creds = [a-zA-Z0-9]{30}").matches("(?s).*[1-9].*");
        assertThat(generic.truePositives().get(3)).matches("x_api_token = \"[a-f0-9]{32}\"");
        assertThat(generic.unparsed()).isOne();
        assertThat(generic.falsePositives()).containsExactly("author = \"someone@example.com\"", "apiVersion: \"2024-01-01\"");
    }

    @Test
    void measuresRecallAndFalsePositivesPerRule() throws IOException {
        writeCheckout();
        Path scratch = Files.createDirectories(checkout.resolve("scratch"));
        List<GitleaksCorpus.Row> rows = GitleaksCorpus.measure(checkout, 7, scratch, null);
        assertThat(rows).extracting(GitleaksCorpus.Row::gitleaksRule).containsExactly("private-key", "aws-access-token", "generic-api-key",
                "kucoin-access-token", "kraken-access-token", "coinbase-access-token", "bittrex-access-token");
        GitleaksCorpus.Row key = rows.get(0);
        assertThat(key.found()).isEqualTo(1);
        assertThat(key.flagged()).isZero();
        GitleaksCorpus.Row aws = rows.get(1);
        assertThat(aws.found()).isEqualTo(2);
        assertThat(aws.rulesFired()).containsEntry("aws-access-key-id", 2);
        assertThat(rows.get(2).found()).isEqualTo(4);
        assertThat(rows.get(2).flagged()).isZero();
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        GitleaksCorpus.print(new PrintStream(table, true, StandardCharsets.UTF_8), rows);
        assertThat(table.toString(StandardCharsets.UTF_8)).contains("aws-access-token", "100%");
    }

    @Test
    void regexSamplerCoversTheShapesRuleTestsUse() {
        Random random = new Random(3);
        for (String regex : new String[] {"[A-Z2-7]{16}", "[a-z0-9\\/=_\\+\\-]{80,90}", "[0-9a-f]{8}-[0-9a-f]{4}", "(?i)ab(?:c|d)?e+",
            "[a-zA-Z0-9\\-_.=]{100}", "x\\.y"}) {
            String sample = new RegexSampler(regex, random).sample();
            assertThat(sample).as(regex).matches(regex);
        }
        assertThatThrownBy(() -> new RegexSampler("[^a]", random).sample()).isInstanceOf(IllegalArgumentException.class);
    }
}
