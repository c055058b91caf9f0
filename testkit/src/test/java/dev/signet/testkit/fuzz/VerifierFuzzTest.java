package dev.signet.testkit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.Signers;
import dev.signet.core.SigningKey;
import dev.signet.core.Verifier;
import dev.signet.keys.SigningKeyGenerator;
import java.util.List;

/** Hex and base64 signature decoding in every verifier: hostile signatures are invalid, never an exception. */
class VerifierFuzzTest {
    private static final List<Verifier> VERIFIERS = List.of(
            Signers.verifierFor(SigningKey.hmacSha256(InsecureSecretAccess.secretFromString("fuzz-hmac-Zq8wXy3"))),
            Signers.verifierFor(SigningKeyGenerator.ed25519()),
            Signers.verifierFor(SigningKeyGenerator.rsa(2048)));

    @FuzzTest(maxDuration = "60s")
    void wireSignaturesNeverThrow(FuzzedDataProvider data) {
        String payload = data.consumeString(100);
        String wire = data.consumeString(800);
        byte[] raw = data.consumeRemainingAsBytes();
        for (Verifier verifier : VERIFIERS) {
            if (verifier.verify(payload, wire) || verifier.verify(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8), raw)) {
                throw new AssertionError(verifier + " accepted a fuzzer-made signature");
            }
        }
    }
}
