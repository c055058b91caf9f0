package dev.signet.testkit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.RequestSigner;
import dev.signet.binance.SignedRequest;
import dev.signet.binance.SigningRefusedException;
import dev.signet.binance.internal.FormEncoding;
import dev.signet.binance.internal.PercentEncoding;
import dev.signet.core.ApiKey;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Signers;
import dev.signet.core.SigningKey;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/**
 * Exchange canonicalisation: percent-encoding round-trips every string, form decoding refuses only with
 * IllegalArgumentException, adapter signing refuses only the input (a SigningRefusedException over an
 * IllegalArgumentException), and whatever an adapter signs keeps the invariant "bytes signed = bytes sent".
 */
class ExchangeFuzzTest {
    private static final HttpRequestSigner SIGNER = HttpRequestSigner.builder().allowedHosts(Set.of("api.binance.com"))
            .requestSigner(RequestSigner.builder().keyedSigner(KeyedSigner.of(new dev.signet.core.Credentials(ApiKey.of("fuzzKey0123456789abcdef"),
                    SigningKey.hmacSha256(InsecureSecretAccess.secretFromString("fuzz-secret-Zq8wXy3")),
                    new dev.signet.core.CredentialMetadata("fuzz", null, "sha256:00000000")))).build()).build();

    @FuzzTest(maxDuration = "60s")
    void percentEncodingRoundTripsAndDecodingRefusesCleanly(FuzzedDataProvider data) {
        String value = data.consumeString(200);
        String encoded = PercentEncoding.encode(value);
        if (!encoded.chars().allMatch(c -> PercentEncoding.isUnreserved((char) c) || c == '%')) {
            throw new AssertionError("encoded form has a reserved character: " + encoded);
        }
        String roundTrip = FormEncoding.component(encoded);
        if (!roundTrip.equals(new String(value.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8))) {
            throw new AssertionError("percent-encoding does not round-trip");
        }
        try {
            FormEncoding.decode(data.consumeRemainingAsString());
        } catch (IllegalArgumentException expected) {
            // malformed escapes and raw non-ASCII are refused
        }
    }

    @FuzzTest(maxDuration = "60s")
    void adapterSigningKeepsSignedBytesEqualToSentBytes(FuzzedDataProvider data) {
        String query = data.consumeString(200);
        String body = data.consumeBoolean() ? data.consumeRemainingAsString() : null;
        URI uri;
        try {
            uri = new URI("https", "api.binance.com", "/api/v3/order", null).resolve("/api/v3/order?" + query);
        } catch (URISyntaxException | IllegalArgumentException notAUri) {
            return;
        }
        SignedRequest signed;
        try {
            signed = SIGNER.sign("POST", uri, null, body);
        } catch (SigningRefusedException refused) {
            if (refused.getCause() != null && !(refused.getCause() instanceof IllegalArgumentException)) {
                throw new AssertionError("signing failed with something other than a refusal of the input", refused);
            }
            return;
        }
        String sent = signed.query() + signed.body();
        if (!sent.substring(0, sent.lastIndexOf("&signature=")).equals(signed.signedPayload())) {
            throw new AssertionError("signed payload differs from the bytes sent");
        }
        if (!Signers.verifierFor(SigningKey.hmacSha256(InsecureSecretAccess.secretFromString("fuzz-secret-Zq8wXy3")))
                .verify(signed.signedPayload(), sent.substring(sent.lastIndexOf("&signature=") + 11))) {
            throw new AssertionError("signature does not verify over the sent bytes");
        }
    }
}
