package dev.signet.testkit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.signet.core.KeyFormatException;
import dev.signet.keys.PrivateKeyParser;
import dev.signet.keys.PublicKeyParser;
import java.nio.charset.StandardCharsets;

/**
 * Key parsing under hostile input: raw bytes, and bytes inside PEM armour of every label the parser knows, with or
 * without a passphrase. Only {@link KeyFormatException} (and its {@code WeakKeyException}) may escape.
 */
class KeyParsingFuzzTest {
    private static final String[] LABELS = {"PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "RSA PRIVATE KEY", "OPENSSH PRIVATE KEY",
        "PUBLIC KEY", "RSA PUBLIC KEY", "EC PRIVATE KEY"};

    @FuzzTest(maxDuration = "60s")
    void privateAndPublicKeyParsersOnlyThrowKeyFormatException(FuzzedDataProvider data) {
        boolean armour = data.consumeBoolean();
        String label = data.pickValue(LABELS);
        char[] passphrase = data.consumeBoolean() ? data.consumeString(16).toCharArray() : null;
        byte[] body = data.consumeRemainingAsBytes();
        byte[] input = armour ? ("-----BEGIN " + label + "-----\n" + java.util.Base64.getMimeEncoder().encodeToString(body)
                + "\n-----END " + label + "-----\n").getBytes(StandardCharsets.US_ASCII) : body;
        try {
            PrivateKeyParser.parse(input, passphrase);
        } catch (KeyFormatException expected) {
            FuzzAssertions.noKeyBytesIn(expected, body);
        }
        try {
            PublicKeyParser.parse(input);
        } catch (KeyFormatException expected) {
            FuzzAssertions.noKeyBytesIn(expected, body);
        }
    }
}
