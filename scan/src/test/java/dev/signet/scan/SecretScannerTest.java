package dev.signet.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.testing.TestVectorsFromShared;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of true positives (one per rule, in the file types bot repositories leak from) and true negatives
 * (hashes, UUIDs, base64 images, prose, public keys, references and placeholders of every shape, fixtures),
 * assembled at run time so this repository never holds the values.
 */
class SecretScannerTest {
    private static final String BEGIN = "-----BEGIN ";
    private static final String AWS_ID_PREFIX = "AKIA";
    private static final Random RANDOM = new Random(42);
    @TempDir
    Path dir;

    static String token(int length) {
        return token(length, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "aZ9");
    }

    private static String token(int length, String alphabet, String start) {
        StringBuilder s = new StringBuilder(start);
        while (s.length() < length) {
            s.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static String awsKeyId() {
        return AWS_ID_PREFIX + token(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "Q7");
    }

    private static String base64Body(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private List<Finding> scan() throws IOException {
        return SecretScanner.builder().build().scan(List.of(dir));
    }

    private Map<String, ScanRule> writePositives() throws IOException {
        Map<String, ScanRule> expected = new HashMap<>();
        write("Bot.java", "class Bot { String apiSecret = \"" + token(40) + "\"; }\n");
        expected.put("Bot.java", ScanRule.SECRET_ASSIGNMENT);
        write("config.py", "BINANCE_KEY = os.environ.get('X')  # default below\nkey = '" + token(64) + "'\n");
        expected.put("config.py", ScanRule.EXCHANGE_KEY);
        write("app.yaml", "exchange:\n  secret: \"" + token(48) + "\"\n");
        expected.put("app.yaml", ScanRule.SECRET_ASSIGNMENT);
        write(".env", "BINANCE_API_SECRET=" + token(64).toLowerCase() + "Q\n");
        expected.put(".env", ScanRule.EXCHANGE_KEY);
        write("prod.env", "DATABASE_URL_PART=" + token(32) + "\n");
        expected.put("prod.env", ScanRule.ENV_FILE_VALUE);
        write("settings.json", "{\"apiKey\": \"" + token(32) + "\"}\n");
        expected.put("settings.json", ScanRule.SECRET_ASSIGNMENT);
        write("bot.js", "const client = new Binance({ apiKey: process.env.K, secret: '" + token(64) + "' })\n");
        expected.put("bot.js", ScanRule.EXCHANGE_KEY);
        write("id_ed25519", BEGIN + "OPENSSH PRIVATE KEY-----\n" + base64Body(60) + "\n" + base64Body(60) + "\n-----END OPENSSH PRIVATE KEY-----\n");
        expected.put("id_ed25519", ScanRule.PRIVATE_KEY_BLOCK);
        write("legacy.pem", BEGIN + "RSA PRIVATE KEY-----\n" + base64Body(48) + "\n" + base64Body(48) + "\n-----END RSA PRIVATE KEY-----\n");
        expected.put("legacy.pem", ScanRule.PRIVATE_KEY_BLOCK);
        write("signer.asc", BEGIN + "PGP PRIVATE KEY BLOCK-----\n\n" + base64Body(60) + "\n=8xQN\n-----END PGP PRIVATE KEY BLOCK-----\n");
        expected.put("signer.asc", ScanRule.PRIVATE_KEY_BLOCK);
        write("service-account.json", "{\"private_key\": \"" + BEGIN + "PRIVATE KEY-----\\n" + base64Body(60) + "\\n-----END PRIVATE KEY-----\\n\"}\n");
        expected.put("service-account.json", ScanRule.PRIVATE_KEY_BLOCK);
        write("Example.kt", "val s = \"" + TestVectorsFromShared.exchangeExampleSecret() + "\"\n");
        expected.put("Example.kt", ScanRule.EXAMPLE_SECRET);
        write("app.properties", "binance.api.secret=" + token(40) + "\n");
        expected.put("app.properties", ScanRule.EXCHANGE_KEY);
        write("aws.properties", "aws.accessKeyId=" + awsKeyId() + "\n");
        expected.put("aws.properties", ScanRule.AWS_ACCESS_KEY_ID);
        write("credentials", "[default]\naws_secret_access_key = " + base64Body(30) + "\n");
        expected.put("credentials", ScanRule.AWS_SECRET_KEY);
        write("notes.txt", "k=" + token(64) + "\n");
        expected.put("notes.txt", ScanRule.EXCHANGE_KEY);
        write("main.go", "var apiToken string = \"" + token(30) + "\"\n");
        expected.put("main.go", ScanRule.SECRET_ASSIGNMENT);
        write("Settings.java", "System.setProperty(\"DB_PASSWORD\", \"" + token(20) + "\");\n");
        expected.put("Settings.java", ScanRule.SECRET_ASSIGNMENT);
        write("settings.xml", "<settings>\n  <apiToken>\n    " + token(30) + "\n  </apiToken>\n</settings>\n");
        expected.put("settings.xml", ScanRule.SECRET_ASSIGNMENT);
        write("kucoin.yaml", "kucoin_key: " + token(24, "0123456789abcdef", "9f") + "\n");
        expected.put("kucoin.yaml", ScanRule.EXCHANGE_KEY);
        return expected;
    }

    private void writeNegatives() throws IOException {
        write("Hashes.java", "String sha256 = \"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"; // api checksum\n");
        write("ids.py", "request_id = '123e4567-e89b-12d3-a456-426614174000'\ntoken_url = 'https://example.com/oauth/token'\n");
        write("page.html", "<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\"> key\n");
        write("README.md", "Lorem ipsum dolor sit amet, consectetur adipiscing elit, the secret of good bots is patience.\n"
                + "Paste the key between " + BEGIN + "PRIVATE KEY----- and -----END PRIVATE KEY----- … nothing else.\n");
        write("docs/keys.md", BEGIN + "RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\n");
        write("public.pem", BEGIN + "PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----\n");
        write("Ternary.java", "String variable = hmac ? \"S_API_SECRET_FILE\" : \"S_PRIVATE_KEY_FILE\";\n");
        write("ref.yaml", "secret: ${BINANCE_API_SECRET}\npassword: \"env:DB_PASSWORD_VALUE_HERE\"\napiKey: \"<your api key>\"\n"
                + "api_secret: \"$(BINANCE_API_SECRET)\"\ntoken: \"{{ .Values.exchange.token }}\"\nsecret_key: \"@BINANCE_API_SECRET@\"\n"
                + "password: __DB_PASSWORD__\nsecret: \"vault:secret/data/binance#api_secret\"\napi_key: \"op://Trading/Binance/api-key\"\n"
                + "secret: arn:aws:secretsmanager:eu-west-1:123456789012:secret:binance-AbC123\n");
        write("names.properties", "apiKeyId=" + token(30) + "\nsecret.name=" + token(24) + "\ntoken.url=https://example.com/t\n"
                + "publicKey=" + token(44) + "\nprimaryKey=" + token(30) + "\nlistenKey=" + token(60) + "\n");
        write("aws-example.properties", "aws.accessKeyId=" + AWS_ID_PREFIX + "IOSFODNN7" + "EXAMPLE\naws_access_key_id=" + AWS_ID_PREFIX
                + "XXXXXXXXXXXXXXXX\n");
        write("Fixture.java", "String apiSecret = \"" + token(40) + "\"; // signet:allow test fixture\n"
                + "Map.of(\"P_API_KEY\", \"keyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789\");\n");
        write("mvnw", "case \"${MVNW_PASSWORD:+has-password}\" in\n");
        write("mail.txt", "Authentication-Results: mx1.mail.example.net\nnotes = \"Maven - io.jsonwebtoken:jjwt-jackson-0.11.2\"\n");
        write("config.ini", "LoadCredential=private-key:/etc/signet/binance/private.pem\nsecret_file = /run/secrets/api-secret\n");
        write("example.env", "API_URL=https://api.binance.com\nLOG_LEVEL=info\nTIMEOUT_MS=5000\n");
        write("Provider.java", "ps(\"SecretKeyFactory\", \"PBKDF2WithHmacSHA256\");\nString key = componentKey+\".foreground\";\n"
                + "if (fCurrentTokenIndex==fTokenCount) {}\np11Key = P11SecretKeyFactory.convertKey(x);\n"
                + "findField(\"key\", \"Ljava/lang/Object;\");\n * hashedPassword = base64_encoded_64_byte_salt\n"
                + "authIdentity=\"cn={USERNAME},ou=people,dc=example,dc=com\"\n");
        Files.write(dir.resolve("blob.bin"), new byte[] {0, 1, 2, 'k', 'e', 'y'});
    }

    @Test
    void findsEveryRuleAndMeasuresPrecisionAndRecall() throws IOException {
        Map<String, ScanRule> expected = writePositives();
        writeNegatives();
        List<Finding> findings = scan();
        long truePositives = findings.stream().filter(f -> expected.get(f.path().getFileName().toString()) == f.rule()).count();
        double precision = (double) truePositives / findings.size();
        double recall = (double) truePositives / expected.size();
        System.out.printf("scanner corpus: %d findings, precision %.2f, recall %.2f%n", findings.size(), precision, recall);
        assertThat(findings).extracting(f -> f.path().getFileName() + " " + f.rule())
                .containsExactlyInAnyOrderElementsOf(expected.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
        assertThat(precision).isEqualTo(1.0);
        assertThat(recall).isEqualTo(1.0);
    }

    @Test
    void findsAnAwsAccessKeyIdInAPropertiesFile() throws IOException {
        write("application.properties", "aws.accessKeyId=" + awsKeyId() + "\n");
        assertThat(scan()).extracting(Finding::rule).containsExactly(ScanRule.AWS_ACCESS_KEY_ID);
    }

    @Test
    void findsA64CharacterSecretInATextFileWhateverItsName() throws IOException {
        write("notes.txt", "k=" + token(64) + "\n");
        assertThat(scan()).extracting(f -> f.line() + " " + f.rule()).containsExactly("1 " + ScanRule.EXCHANGE_KEY);
    }

    @Test
    void findsEveryHighEntropyValueOfAnEnvFile() throws IOException {
        write(".env.production", "DB_HOST=db.internal\nSESSION_SEED=" + token(40) + "\n");
        assertThat(scan()).extracting(f -> f.line() + " " + f.rule()).containsExactly("2 " + ScanRule.ENV_FILE_VALUE);
    }

    @Test
    void findingsPrintPathLineRuleFingerprintAndNeverTheValue() throws IOException {
        String secret = token(40);
        Path file = write("Bot.java", "\n\nString apiSecret = \"" + secret + "\";\n");
        Finding finding = scan().get(0);
        assertThat(finding.toString()).isEqualTo(file + ":3:secret-assignment:" + LineRules.fingerprint(secret)).doesNotContain(secret);
    }

    @Test
    void signetIgnoreAllowsFingerprintsAndPathGlobs() throws IOException {
        String secret = token(40);
        write("A.java", "String apiSecret = \"" + secret + "\";\n");
        write("fixtures/B.java", "String apiSecret = \"" + token(40) + "\";\n");
        write(SecretScanner.IGNORE_FILE, "# test fixtures\n" + LineRules.fingerprint(secret) + "\nfixtures/**\n");
        assertThat(scan()).isEmpty();
    }

    @Test
    void respectsGitignoreInsideAWorkTreeAndSaysSo() throws Exception {
        new ProcessBuilder("git", "init", "-q", dir.toString()).start().waitFor();
        write(".gitignore", "secrets/\n");
        write("secrets/local.env", "BINANCE_API_SECRET=" + token(64) + "\n");
        write("Tracked.java", "String apiSecret = \"" + token(40) + "\";\n");
        ScanReport report = SecretScanner.builder().build().report(List.of(dir));
        assertThat(report.findings()).extracting(f -> f.path().getFileName().toString()).containsExactly("Tracked.java");
        assertThat(report.skipped()).containsExactly(new SkippedPath(Path.of("secrets"), "git-ignored"));
    }

    @Test
    void outsideGitReportsTheFoldersItLeavesOut() throws IOException {
        write("target/classes/app.properties", "api.secret=" + token(40) + "\n");
        write("build/out.txt", "x\n");
        write("node_modules/lib/index.js", "x\n");
        Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        ScanReport report = SecretScanner.builder().maxFileBytes(1024).build().report(List.of(dir));
        write("big.txt", "x".repeat(2048));
        ScanReport withBig = SecretScanner.builder().maxFileBytes(1024).build().report(List.of(dir));
        assertThat(report.findings()).isEmpty();
        assertThat(report.skipped()).containsExactlyInAnyOrder(new SkippedPath(Path.of("target"), "build output"),
                new SkippedPath(Path.of("build"), "build output"), new SkippedPath(Path.of("node_modules"), "installed dependencies"),
                new SkippedPath(Path.of("logo.png"), "binary"));
        assertThat(withBig.skipped()).contains(new SkippedPath(Path.of("big.txt"), "larger than 1024 bytes"));
    }

    @Test
    void aMissingRootIsAnErrorNotAnEmptyScan() {
        Path missing = dir.resolve("no/such/path");
        assertThatThrownBy(() -> SecretScanner.builder().build().scan(List.of(dir, missing))).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("no such file or folder to scan");
    }

    @Test
    void scansAFiftyThousandFileTreeQuickly() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        for (int d = 0; d < 100; d++) {
            Path sub = Files.createDirectories(tree.resolve("pkg" + d));
            for (int f = 0; f < 500; f++) {
                Files.writeString(sub.resolve("File" + f + ".java"), "class File" + f + " {\n  int x = " + f + ";\n  String name = \"file\";\n"
                        + "  String apiUrl = \"https://api.binance.com/api/v3/order\"; // key: " + f + "\n}\n");
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
