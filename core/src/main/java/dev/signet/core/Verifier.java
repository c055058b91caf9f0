package dev.signet.core;

import java.nio.charset.StandardCharsets;

/**
 * Checks signatures made with one key. Thread-safe; comparisons are constant-time. Whoever creates a verifier
 * owns it and closes it: an HMAC verifier holds a copy of the shared secret, which {@link #close()} wipes.
 *
 * <pre>{@code try (Verifier v = Signers.verifierFor(key)) { boolean ok = v.verify(payload, signatureHex); }}</pre>
 */
public interface Verifier extends AutoCloseable {
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

    /**
     * Wipes this verifier's copy of the key, where it holds one (HMAC), and makes later calls throw
     * {@link IllegalStateException}. Idempotent. The default is for verifiers that hold only a public key.
     */
    @Override
    default void close() {
    }
}
