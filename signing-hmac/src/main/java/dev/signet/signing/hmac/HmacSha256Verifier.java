package dev.signet.signing.hmac;

import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.Verifier;
import dev.signet.core.VerificationKey;
import dev.signet.signing.hmac.internal.HmacEngine;
import java.security.MessageDigest;

/**
 * Checks HMAC-SHA256 tags in constant time. Only full 32-byte tags are accepted: truncated tags (RFC 2104 §5
 * allows them, the exchange never sends them) are invalid. Wire form: hex in either case.
 *
 * <pre>{@code boolean ok = HmacSha256Verifier.create(key).verify(payload, signatureHex);}</pre>
 */
public final class HmacSha256Verifier implements Verifier {
    private final HmacEngine engine;

    private HmacSha256Verifier(HmacEngine engine) {
        this.engine = engine;
    }

    /** A verifier for a shared-secret key. */
    public static HmacSha256Verifier create(VerificationKey key) {
        if (key.algorithm() != SigningAlgorithm.HMAC_SHA256) {
            throw new IllegalArgumentException("HmacSha256Verifier needs an HMAC_SHA256 key, not " + key.algorithm());
        }
        return new HmacSha256Verifier(new HmacEngine(InsecureSecretAccess.copyBytes(key.sharedSecret().orElseThrow())));
    }

    @Override
    public SigningAlgorithm algorithm() {
        return SigningAlgorithm.HMAC_SHA256;
    }

    @Override
    public boolean verify(byte[] message, byte[] signature) {
        byte[] expected = new byte[HmacEngine.MAC_LENGTH];
        engine.mac(message, 0, message.length, expected, 0);
        return signature.length == HmacEngine.MAC_LENGTH && MessageDigest.isEqual(expected, signature);
    }

    /** Wipes the key's pads and pad-fed digests; later calls throw {@link IllegalStateException}. */
    @Override
    public void close() {
        engine.close();
    }

    @Override
    public String toString() {
        return "HmacSha256Verifier";
    }
}
