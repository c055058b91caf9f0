package dev.signet.signing.rsa;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.core.Hex;
import dev.signet.core.SigningKey;
import dev.signet.keys.PrivateKeyParser;
import dev.signet.testing.TestVectors;

/**
 * A fixed RSA-2048 key for tests: the first key of Wycheproof's PKCS#1 signature-generation vectors. Fixed, not
 * generated, so a test takes the same time on every run (the mutation gate times tests out relative to one run).
 */
public final class RsaFixtures {
    private RsaFixtures() {}

    /** The key, with its public half. */
    public static SigningKey key2048() {
        return PrivateKeyParser.parse(Hex.decode(group().get("privateKeyPkcs8").asText()), null);
    }

    /** The same key as an unencrypted PKCS#1 PEM ({@code RSA PRIVATE KEY}), for the tools that convert it. */
    public static String pem2048() {
        return group().get("privateKeyPem").asText();
    }

    private static JsonNode group() {
        return TestVectors.load("wycheproof/rsa_pkcs1_2048_sig_gen_test.json").get("testGroups").get(0);
    }
}
