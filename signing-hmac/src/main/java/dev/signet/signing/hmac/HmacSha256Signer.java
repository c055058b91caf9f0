package dev.signet.signing.hmac;

import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.Signer;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import dev.signet.signing.hmac.internal.HmacEngine;

/**
 * HMAC-SHA256 signer (RFC 2104) whose key is reduced to its ipad/opad digest states once, at construction.
 * Immutable and thread-safe: share one per key. {@link #signToString} gives lowercase hex, the exchange's form.
 *
 * <pre>{@code String sig = HmacSha256Signer.create(credentials.signingKey()).signToString(queryString);}</pre>
 *
 * <p>All paths run on the JDK's SHA-256 (a HotSpot intrinsic). {@link #sign(byte[], int, int, byte[], int)}
 * allocates nothing; {@link #sign(byte[])} and both {@code signToString} methods start from digests that have
 * already absorbed the key's pads, saving two SHA-256 compressions per call for two short-lived digest copies.
 */
public final class HmacSha256Signer implements Signer {
    private final HmacEngine engine;

    private HmacSha256Signer(HmacEngine engine) {
        this.engine = engine;
    }

    /** A signer for an {@link SigningAlgorithm#HMAC_SHA256} key. Keys over 64 bytes are hashed first (RFC 2104). */
    public static HmacSha256Signer create(SigningKey key) {
        if (key.algorithm() != SigningAlgorithm.HMAC_SHA256) {
            throw new IllegalArgumentException("HmacSha256Signer needs an HMAC_SHA256 key, not " + key.algorithm());
        }
        return new HmacSha256Signer(new HmacEngine(InsecureSecretAccess.copyBytes(key.material())));
    }

    @Override
    public SigningAlgorithm algorithm() {
        return SigningAlgorithm.HMAC_SHA256;
    }

    @Override
    public int signatureLength() {
        return HmacEngine.MAC_LENGTH;
    }

    @Override
    public int sign(byte[] message, int off, int len, byte[] out, int outOff) {
        engine.macWithoutAllocation(message, off, len, out, outOff);
        return HmacEngine.MAC_LENGTH;
    }

    @Override
    public byte[] sign(byte[] message) {
        byte[] out = new byte[HmacEngine.MAC_LENGTH];
        engine.mac(message, 0, message.length, out, 0);
        return out;
    }

    @Override
    public String signToString(CharSequence payload) {
        return engine.macHex(payload);
    }

    @Override
    public String signToString(byte[] message, int off, int len) {
        return engine.macHex(message, off, len);
    }

    /** Wipes the key's pads and pad-fed digests; later calls throw {@link IllegalStateException}. */
    @Override
    public void close() {
        engine.close();
    }

    @Override
    public String toString() {
        return "HmacSha256Signer";
    }
}
