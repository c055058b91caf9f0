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
 * <p>{@link #sign(byte[], int, int, byte[], int)} allocates nothing; {@link #sign(byte[])} and
 * {@link #signToString} use the JDK's SHA-256 (hardware SHA instructions where present), which is faster on such
 * CPUs at the cost of two short-lived digest copies per call.
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
    public String toString() {
        return "HmacSha256Signer";
    }
}
