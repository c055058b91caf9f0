package dev.signet.core;

import java.nio.charset.StandardCharsets;

/**
 * Checks signatures made with one key. Immutable and thread-safe; comparisons are constant-time.
 *
 * <pre>{@code boolean ok = Signers.verifierFor(key).verify(payload, signatureHex);}</pre>
 */
public interface Verifier {
    /** The algorithm. */
    SigningAlgorithm algorithm();

    /** Whether {@code signature} is a valid signature of {@code message}; malformed signatures are simply invalid. */
    boolean verify(byte[] message, byte[] signature);

    /** Verifies a wire-form signature (hex in either case for HMAC, base64 otherwise) over UTF-8 {@code payload}. */
    default boolean verify(CharSequence payload, CharSequence wireSignature) {
        byte[] signature;
        try {
            signature = algorithm().decode(wireSignature);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return verify(payload.toString().getBytes(StandardCharsets.UTF_8), signature);
    }
}
