package dev.signet.core;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Signs messages with one key. Instances are thread-safe: share one per key, and close it when the key is retired
 * ({@link #close()} wipes the signer's own copy of the key).
 *
 * <pre>{@code String signature = Signers.forKey(key).signToString("symbol=LTCBTC&timestamp=1499827319559");}</pre>
 */
public interface Signer extends AutoCloseable {
    /** The algorithm. */
    SigningAlgorithm algorithm();

    /** The number of signature bytes {@link #sign(byte[], int, int, byte[], int)} writes. */
    int signatureLength();

    /**
     * Signs {@code len} bytes of {@code message} from {@code off}, writing {@link #signatureLength()} bytes into
     * {@code out} at {@code outOff} without allocating where the algorithm allows.
     *
     * @return the number of bytes written
     */
    int sign(byte[] message, int off, int len, byte[] out, int outOff);

    /** Signs the whole message. */
    default byte[] sign(byte[] message) {
        byte[] out = new byte[signatureLength()];
        sign(message, 0, message.length, out, 0);
        return out;
    }

    /** Signs the UTF-8 bytes of {@code payload} and returns the wire form (hex for HMAC, base64 otherwise). */
    default String signToString(CharSequence payload) {
        return algorithm().encode(sign(payload.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Signs {@code len} bytes of {@code message} from {@code off} and returns the wire form: what
     * {@link #signToString(CharSequence)} gives for the same bytes, for callers that already hold them encoded.
     */
    default String signToString(byte[] message, int off, int len) {
        Objects.checkFromIndexSize(off, len, message.length);
        byte[] signature = new byte[signatureLength()];
        int written = sign(message, off, len, signature, 0);
        return algorithm().encode(written == signature.length ? signature : Arrays.copyOf(signature, written));
    }

    /**
     * Wipes this signer's copy of the key, as far as the platform allows, and makes every later signing call throw
     * {@link IllegalStateException}. Idempotent. The default is for signers that hold no key material of their own.
     */
    @Override
    default void close() {
    }
}
