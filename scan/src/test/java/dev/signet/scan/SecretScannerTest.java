package dev.signet.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.testing.TestVectorsFromShared;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of true positives (one per rule, in several file types) and true negatives (hashes, UUIDs, base64
 * images, prose, public keys, references), assembled at run time so this repository never holds the values.
 */
class SecretScannerTest {
    private static final String BEGIN = "-----BEGIN ";
    private static final Random RANDOM = new Random(42);
    @TempDir
    Path dir;

    static String token(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder s = new StringBuilder("aZ9");
        while (s.length() < length) {
            s.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private Map<String, ScanRule> positives() {
        return Map.of(
                "Bot.java", ScanRule.SECRET_ASSIGNMENT,
                "config.py", ScanRule.EXCHANGE_KEY,
                "app.yaml", ScanRule.SECRET_ASSIGNMENT,
                ".env", ScanRule.SECRET_ASSIGNMENT,
                "settings.json", ScanRule.SECRET_ASSIGNMENT,
                "bot.js", ScanRule.EXCHANGE_KEY,
                "id_ed25519", ScanRule.PRIVATE_KEY_BLOCK,
                "legacy.pem", ScanRule.PRIVATE_KEY_BLOCK,
                "Example.kt", ScanRule.EXAMPLE_SECRET,
                "app.properties", ScanRule.SECRET_ASSIGNMENT);
    }

    private void writeCorpus() throws IOException {
        write("Bot.java", "class Bot { String apiSecret = \"" + token(40) + "\"; }\n");
        write("config.py", "BINANCE_KEY = os.environ.get('X')  # default below\nkey = '" + token(64) + "'\n");
        write("app.yaml", "exchange:\n  secret: \"" + token(48) + "\"\n");
        write(".env", "BINANCE_API_SECRET=" + token(64).toLowerCase() + "Q\n");
        write("settings.json", "{\"apiKey\": \"" + token(32) + "\"}\n");
        write("bot.js", "const client = new Binance({ apiKey: process.env.K, secret: '" + token(64) + "' })\n");
        write("id_ed25519", BEGIN + "OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n");
        write("legacy.pem", BEGIN + "RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----\n");
        write("Example.kt", "val s = \"" + TestVectorsFromShared.exchangeExampleSecret() + "\"\n");
        write("app.properties", "binance.api.secret=" + token(40) + "\n");
        // true negatives
        write("Hashes.java", "String sha256 = \"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"; // api checksum\n");
        write("ids.py", "request_id = '123e4567-e89b-12d3-a456-426614174000'\ntoken_url = 'https://example.com/oauth/token'\n");
        write("page.html", "<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\"> key\n");
        write("README.md", "Lorem ipsum dolor sit amet, consectetur adipiscing elit, the secret of good bots is patience.\n");
        write("public.pem", BEGIN + "PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----\n");
        write("Ternary.java", "String variable = hmac ? \"S_API_SECRET_FILE\" : \"S_PRIVATE_KEY_FILE\";\n");
        write("ref.yaml", "secret: ${BINANCE_API_SECRET}\npassword: \"env:DB_PASSWORD_VALUE_HERE\"\napiKey: \"<your api key>\"\n");
        write("Fixture.java", "String apiSecret = \"" + token(40) + "\"; // signet:allow test fixture\n");
        Files.write(dir.resolve("blob.bin"), new byte[] {0, 1, 2, 'k', 'e', 'y'});
    }

    @Test
    void findsEveryRuleAndMeasuresPrecisionAndRecall() throws IOException {
        writeCorpus();
        List<Finding> findings = SecretScanner.builder().build().scan(List.of(dir));
        Map<String, ScanRule> expected = positives();
        long truePositives = findings.stream().filter(f -> expected.get(f.path().getFileName().toString()) == f.rule()).count();
        double precision = (double) truePositives / findings.size();
        double recall = (double) truePositives / expected.size();
        System.out.printf("scanner corpus: %d findings, precision %.2f, recall %.2f%n", findings.size(), precision, recall);
        assertThat(findings).extracting(f -> f.path().getFileName().toString()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(precision).isEqualTo(1.0);
        assertThat(recall).isEqualTo(1.0);
    }

    @Test
    void findingsPrintPathLineRuleFingerprintAndNeverTheValue() throws IOException {
        String secret = token(40);
        Path file = write("Bot.java", "\n\nString apiSecret = \"" + secret + "\";\n");
        Finding finding = SecretScanner.builder().build().scan(List.of(dir)).get(0);
        assertThat(finding.toString()).isEqualTo(file + ":3:secret-assignment:" + LineRules.fingerprint(secret)).doesNotContain(secret);
    }

    @Test
    void signetIgnoreAllowsFingerprintsAndPathGlobs() throws IOException {
        String secret = token(40);
        write("A.java", "String apiSecret = \"" + secret + "\";\n");
        Files.createDirectories(dir.resolve("fixtures"));
        write("fixtures/B.java", "String apiSecret = \"" + token(40) + "\";\n");
        write(SecretScanner.IGNORE_FILE, "# test fixtures\n" + LineRules.fingerprint(secret) + "\nfixtures/**\n");
        assertThat(SecretScanner.builder().build().scan(List.of(dir))).isEmpty();
    }

    @Test
    void respectsGitignoreInsideAWorkTree() throws Exception {
        new ProcessBuilder("git", "init", "-q", dir.toString()).start().waitFor();
        write(".gitignore", "secrets/\n");
        Files.createDirectories(dir.resolve("secrets"));
        write("secrets/local.env", "BINANCE_API_SECRET=" + token(64) + "\n");
        write("Tracked.java", "String apiSecret = \"" + token(40) + "\";\n");
        assertThat(SecretScanner.builder().build().scan(List.of(dir))).extracting(f -> f.path().getFileName().toString())
                .containsExactly("Tracked.java");
    }

    @Test
    void scansAFiftyThousandFileTreeQuickly() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        for (int d = 0; d < 100; d++) {
            Path sub = Files.createDirectories(tree.resolve("pkg" + d));
            for (int f = 0; f < 500; f++) {
                Files.writeString(sub.resolve("File" + f + ".java"), "class File" + f + " {\n  int x = " + f + ";\n  String name = \"file\";\n}\n");
            }
        }
        long start = System.nanoTime();
        List<Finding> findings = SecretScanner.builder().build().scan(List.of(tree));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("scanner speed: 50000 files in %.2f s = %.0f files/s%n", seconds, 50000 / seconds);
        assertThat(findings).isEmpty();
        assertThat(50000 / seconds).isGreaterThan(2000);
    }
}
