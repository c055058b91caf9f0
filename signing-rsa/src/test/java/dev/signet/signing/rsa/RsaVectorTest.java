package dev.signet.signing.rsa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.core.Hex;
import dev.signet.core.Signer;
import dev.signet.core.Signers;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.Verifier;
import dev.signet.core.VerificationKey;
import dev.signet.keys.PrivateKeyParser;
import dev.signet.testing.TestVectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Wycheproof RSA PKCS#1 v1.5 SHA-256: every verify case (valid verifies, invalid is rejected; "acceptable" — a
 * legacy encoding the JDK is free to take or refuse — is only required not to throw) and every SHA-256
 * signature-generation case reproduced byte for byte (PKCS#1 v1.5 is deterministic).
 */
class RsaVectorTest {
    @ParameterizedTest
    @ValueSource(ints = {2048, 3072, 4096})
    void everyVerificationCase(int bits) {
        JsonNode file = TestVectors.load("wycheproof/rsa_signature_" + bits + "_sha256_test.json");
        int run = 0;
        for (JsonNode group : file.get("testGroups")) {
            Verifier verifier = Signers.verifierFor(VerificationKey.publicKey(SigningAlgorithm.RSA_PKCS1_SHA256,
                    Hex.decode(group.get("publicKeyDer").asText())));
            for (JsonNode test : group.get("tests")) {
                String result = test.get("result").asText();
                boolean verified = verifier.verify(Hex.decode(test.get("msg").asText()), Hex.decode(test.get("sig").asText()));
                if (!result.equals("acceptable")) {
                    assertThat(verified).as("tcId " + test.get("tcId") + " " + test.get("comment")).isEqualTo(result.equals("valid"));
                }
                run++;
            }
        }
        assertThat(run).isEqualTo(file.get("numberOfTests").asInt());
    }

    @ParameterizedTest
    @ValueSource(ints = {2048, 3072, 4096})
    void everySha256GenerationCaseIsReproduced(int bits) {
        JsonNode file = TestVectors.load("wycheproof/rsa_pkcs1_" + bits + "_sig_gen_test.json");
        int run = 0;
        for (JsonNode group : file.get("testGroups")) {
            if (!group.get("sha").asText().equals("SHA-256")) {
                continue;
            }
            Signer signer = Signers.forKey(PrivateKeyParser.parse(Hex.decode(group.get("privateKeyPkcs8").asText()), null));
            for (JsonNode test : group.get("tests")) {
                byte[] msg = Hex.decode(test.get("msg").asText());
                assertThat(Hex.encode(signer.sign(msg))).as("tcId " + test.get("tcId")).isEqualTo(test.get("sig").asText());
                run++;
            }
        }
        assertThat(run).isPositive();
    }
}
