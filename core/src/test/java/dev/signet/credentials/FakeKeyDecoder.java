package dev.signet.credentials;

import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyFormatException;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import java.nio.charset.StandardCharsets;

/** Stands in for signet-keys: accepts files starting with "FAKE KEY", checks the passphrase "pw" when asked. */
final class FakeKeyDecoder implements dev.signet.spi.PrivateKeyDecoder {
    @Override
    public SigningKey decode(byte[] content, char[] passphrase) {
        String text = new String(content, StandardCharsets.US_ASCII);
        if (!text.startsWith("FAKE KEY")) {
            throw new KeyFormatException("fake decoder: not a FAKE KEY");
        }
        if (text.contains("ENCRYPTED") && (passphrase == null || !new String(passphrase).equals("pw"))) {
            throw new KeyFormatException("fake decoder: wrong passphrase");
        }
        return SigningKey.privateKey(SigningAlgorithm.ED25519, InsecureSecretAccess.secretFromBytes(content), content.clone());
    }
}
