package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SecretPolicyTest {
    static String randomSecret() {
        return dev.signet.testing.TestSecrets.random();
    }

    @Test
    void aGeneratedSecretIsAdmitted() {
        Secret secret = SecretPolicy.defaults().admit(randomSecret().getBytes(StandardCharsets.UTF_8), "test");
        assertThat(secret.length()).isEqualTo(64);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "your_api_secret|placeholder",
        "YOUR-SECRET|placeholder",
        "<paste secret>|whitespace",
        "<secret>|placeholder",
        "${BINANCE_SECRET}|placeholder",
        "changeme|placeholder",
        "my-example-secret-k3y|placeholder",
        "put_secret_here|placeholder",
        "xxxxxxxxxxxxxxxxxxxx|placeholder",
        "aaaaaaaaaaaaaaaaaaaaaaaa|repeated",
        "abababababababababababababababab|entropy",
        "0123456789|entropy",
        "tab\there1234567890abcdefghijk|whitespace",
        // red team: fillers with enough entropy to pass the entropy floor
        "REPLACE_ME_WITH_REAL_SECRET_7f3k9QwLm2Zp8RtYv4Xc|placeholder",
        "TODO-fill-in-secret-9f8e7d6c5b4a39281a2b3c4d5e6f|placeholder",
        "insert.your.binance.api.secret.Qm4Zt8Lp2Xw9Rk7|placeholder",
        "PasteYourSecretKeyHere|placeholder",
        "XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX|placeholder",
        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef|pattern",
        "0123456789abcdefQ7mZ2xLp9RtW4kYvA8cN3jHs6gTd1fBe|pattern",
        "Q7mZ2xLp9RtW4kYvZYXWVUTSRQPONMLKA8cN3jHs6gTd1fBe|pattern",
        "Q7mZ2xLp9RtW4kYvQ7mZ2xLp9RtW4kYvQ7mZ2xLp9RtW4kYv|pattern",
        "Q7mZ2xLp9RtW4kYv........A8cN3jHs6gTd1fBe|pattern",
        "Q7mZ2xLp9RtW4kYv################A8cN3jHs6gTd1fBe|pattern",
    })
    void placeholdersAndWeakValuesAreRefusedNamingTheRuleAndSource(String value, String rule) {
        assertThatThrownBy(() -> SecretPolicy.defaults().admit(value.getBytes(StandardCharsets.UTF_8), "environment variable BINANCE_API_SECRET"))
                .isInstanceOf(RejectedSecretException.class)
                .hasMessageContaining("BINANCE_API_SECRET")
                .hasMessageContaining(rule)
                .message().doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "$(BINANCE_API_SECRET)", "{{.Values.binance.apiSecret}}", "{{binance_api_secret}}", "$BINANCE_API_SECRET",
        "$binance_api_secret", "@BINANCE_API_SECRET@", "@binance.api.secret@", "__BINANCE_API_SECRET__", "#{binance.apiSecret}",
        "%(binance_api_secret)s", "%BINANCE_API_SECRET%", "${BINANCE_API_SECRET}", "k8s-${BINANCE_API_SECRET}-v2",
        "vault:secret/data/trading#binance_api_secret", "op://Trading/Binance-API/secret", "sm://projects/bot/secrets/binance",
        "arn:aws:secretsmanager:eu-west-1:123456789012:secret:binance-AbCdEf", "arn:aws:ssm:eu-west-1:123456789012:parameter/binance",
    })
    void templateAndSecretManagerReferencesThatWereNeverFilledInAreRefused(String value) {
        assertThatThrownBy(() -> SecretPolicy.defaults().admit(value.getBytes(StandardCharsets.UTF_8), "environment variable BINANCE_API_SECRET"))
                .isInstanceOf(RejectedSecretException.class).hasMessageContaining("placeholder or a reference that was never filled in")
                .message().doesNotContain(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
        "\"%s\"|remove the quotes",
        "'%s'|remove the quotes",
        "\u201c%s\u201d|remove the quotes",
        "\ufeff%s|the file starts with a BOM",
        "%s\u200b|invisible character (U+200B",
        "%s\u2060|invisible character (U+2060",
        "\u202e%s|invisible character (U+202E",
    })
    void thePublishedExampleInDisguiseIsRefusedWithWhatToRemove(String shape, String hint) {
        String example = dev.signet.testing.TestVectorsFromShared.exchangeExampleSecret();
        String disguised = String.format(shape, example);
        assertThatThrownBy(() -> SecretPolicy.defaults().admit(disguised.getBytes(StandardCharsets.UTF_8), "file /run/secrets/binance"))
                .isInstanceOf(RejectedSecretException.class).hasMessageContaining(hint)
                .hasMessageContaining("what it hides is an example published in the exchange's documentation")
                .message().doesNotContain(example).doesNotContain(example.substring(8, 24));
        String real = randomSecret();
        assertThatThrownBy(() -> SecretPolicy.defaults().admit(String.format(shape, real).getBytes(StandardCharsets.UTF_8), "s"))
                .isInstanceOf(RejectedSecretException.class).hasMessageContaining(hint).message().doesNotContain("example");
    }

    @Test
    void realSecretsAndKeysOfEveryCommonShapeAreAdmitted() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 2_000; i++) {
            byte[] raw = new byte[32 + random.nextInt(33)];
            random.nextBytes(raw);
            for (String secret : new String[] {randomSecret(), java.util.Base64.getEncoder().encodeToString(raw),
                    java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw), Hex.encode(raw),
                    Hex.encode(raw).toUpperCase(java.util.Locale.ROOT)}) {
                assertThat(SecretPolicy.defaults().admit(secret.getBytes(StandardCharsets.UTF_8), "s").length()).as("a generated secret")
                        .isEqualTo(secret.length());
            }
        }
    }

    /** Red team: words telling someone to fill the value in, with enough entropy to pass the entropy floor. */
    @ParameterizedTest
    @ValueSource(strings = {"REPLACE_ME_WITH_REAL_SECRET_7f3k9QwLm2Zp8RtYv4Xc", "TODO-fill-in-secret-9f8e7d6c5b4a39281a2b3c4d5e6f",
        "insert.your.binance.api.secret.Qm4Zt8Lp2Xw9Rk7"})
    void fillInInstructionsAreRefusedAsSecretsAndAsApiKeys(String value) {
        assertThatThrownBy(() -> SecretPolicy.defaults().admitApiKey(value.getBytes(StandardCharsets.UTF_8), "environment variable K"))
                .isInstanceOf(RejectedSecretException.class).hasMessageContaining("placeholder").message().doesNotContain(value);
    }

    @Test
    void tenThousandGeneratedExchangeSecretsAndKeysAreNeverTakenForFillers() {
        for (int i = 0; i < 10_000; i++) {
            String secret = randomSecret();
            assertThat(SecretPolicy.defaults().admit(secret.getBytes(StandardCharsets.UTF_8), "s").length()).as("a generated secret")
                    .isEqualTo(64);
            assertThat(SecretPolicy.defaults().admitApiKey(secret.getBytes(StandardCharsets.UTF_8), "k").value()).as("a generated key")
                    .hasSize(64);
        }
    }

    @Test
    void shortPlaceholderWordsInsideAGeneratedSecretAreChanceAndAsWordsArePlaceholders() {
        String secret = randomSecret();
        for (String word : new String[] {"Dummy", "dUMMY", "XXXXXX", "xxxxxxx"}) {
            String value = secret.substring(0, 20) + "7" + word + "7" + secret.substring(22 + word.length());
            assertThat(SecretPolicy.defaults().admit(value.getBytes(StandardCharsets.UTF_8), "s").length()).as("%s inside a secret", word)
                    .isEqualTo(64);
        }
        for (String placeholder : new String[] {"my_dummy_secret_" + secret, "DUMMY-" + secret, "sk-xxxxxx-" + secret, secret + "/xxxxxxxx"}) {
            assertThatThrownBy(() -> SecretPolicy.defaults().admit(placeholder.getBytes(StandardCharsets.UTF_8), "s"))
                    .isInstanceOf(RejectedSecretException.class).hasMessageContaining("placeholder");
        }
    }

    @Test
    void emptyNonUtf8AndTheExchangesPublishedExampleAreRefused() {
        assertThatThrownBy(() -> SecretPolicy.defaults().admit(new byte[0], "s")).hasMessageContaining("empty");
        assertThatThrownBy(() -> SecretPolicy.defaults().admit(new byte[] {(byte) 0xc3, (byte) 0x28, 65, 66}, "s"))
                .hasMessageContaining("UTF-8");
        String example = dev.signet.testing.TestVectorsFromShared.exchangeExampleSecret();
        assertThatThrownBy(() -> SecretPolicy.defaults().admit(example.getBytes(StandardCharsets.UTF_8), "s"))
                .isInstanceOf(RejectedSecretException.class).hasMessageContaining("example published");
        String exampleKey = dev.signet.testing.TestVectorsFromShared.exchangeExampleApiKey();
        assertThatThrownBy(() -> SecretPolicy.defaults().admitApiKey(exampleKey.getBytes(StandardCharsets.UTF_8), "k"))
                .isInstanceOf(RejectedSecretException.class);
    }

    @Test
    void theSourceIsEscapedInTheRefusal() {
        assertThatThrownBy(() -> SecretPolicy.defaults().admit("changeme".getBytes(StandardCharsets.UTF_8), "file /tmp/a\nINFO forged"))
                .hasMessageContaining("file /tmp/a\\nINFO forged").message().doesNotContain("\n");
    }

    @Test
    void refusedBytesAreWiped() {
        byte[] value = "changeme".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SecretPolicy.defaults().admit(value, "s")).isInstanceOf(RejectedSecretException.class);
        assertThat(value).containsOnly(0);
    }

    @Test
    void entropyFloorCannotBeLoweredBelow32BitsAndCanBeRaised() {
        assertThatThrownBy(() -> SecretPolicy.withMinimumEntropyBits(8)).isInstanceOf(IllegalArgumentException.class);
        byte[] sixteenHexChars = "9f86d081884c7d65".getBytes(StandardCharsets.UTF_8); // about 56 bits by the estimate
        assertThat(SecretPolicy.entropyBits(sixteenHexChars)).isBetween(32.0, 128.0);
        assertThat(SecretPolicy.withMinimumEntropyBits(32).admit(sixteenHexChars.clone(), "s").length()).isEqualTo(16);
        assertThatThrownBy(() -> SecretPolicy.withMinimumEntropyBits(128).admit(sixteenHexChars.clone(), "s"))
                .isInstanceOf(RejectedSecretException.class).hasMessageContaining("under 128 bits");
    }

    @Test
    void aRefusalSaysWhetherItWasTheSecretOrTheApiKey() {
        assertThatThrownBy(() -> SecretPolicy.defaults().admit("changeme".getBytes(StandardCharsets.UTF_8), "s"))
                .hasMessageStartingWith("the secret from s was refused");
        assertThatThrownBy(() -> SecretPolicy.defaults().admitApiKey("changeme".getBytes(StandardCharsets.UTF_8), "k"))
                .hasMessageStartingWith("the API key from k was refused").hasMessageContaining("not a real API key");
    }

    @Test
    void entropyExactlyAtTheFloorIsEnough() {
        byte[] sixteenDistinct = "q7Rm2xZk9LpW4tYv".getBytes(StandardCharsets.US_ASCII); // 16 x 4 bits
        assertThat(SecretPolicy.entropyBits(sixteenDistinct)).isEqualTo(SecretPolicy.DEFAULT_MINIMUM_ENTROPY_BITS);
        assertThat(SecretPolicy.defaults().admit(sixteenDistinct.clone(), "s").length()).isEqualTo(16);
        byte[] thirtyTwoDistinct = "q7Rm2xZk9LpW4tYvB3nH8cJs6dFg1aKe".getBytes(StandardCharsets.US_ASCII); // 32 x 5 bits
        assertThat(SecretPolicy.withMinimumEntropyBits(160).admit(thirtyTwoDistinct.clone(), "s").length()).isEqualTo(32);
        assertThatThrownBy(() -> SecretPolicy.withMinimumEntropyBits(161).admit(thirtyTwoDistinct.clone(), "s"))
                .hasMessageContaining("under 161 bits");
    }

    @Test
    void twoQuotesAloneAreAValueInQuotes() {
        assertThatThrownBy(() -> SecretPolicy.defaults().admit("\"\"".getBytes(StandardCharsets.UTF_8), "s"))
                .isInstanceOf(RejectedSecretException.class).hasMessageContaining("remove the quotes");
    }

    @Test
    void aByteOrderMarkAloneIsRefusedAsABomNotMistakenForQuotes() {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        assertThatThrownBy(() -> SecretPolicy.defaults().admit(bom, "s")).isInstanceOf(RejectedSecretException.class)
                .hasMessageContaining("byte order mark").message().doesNotContain("example");
        byte[] bomAndQuote = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '"'};
        assertThatThrownBy(() -> SecretPolicy.defaults().admit(bomAndQuote, "s")).isInstanceOf(RejectedSecretException.class)
                .hasMessageContaining("byte order mark").message().doesNotContain("example");
    }
}
