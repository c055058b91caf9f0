package dev.signet.signing.rsa;

import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyFormatException;
import dev.signet.core.Signer;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import dev.signet.signing.rsa.internal.ThreadLocalSignature;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;

/**
 * RSASSA-PKCS1-v1_5 with SHA-256 (base64 wire form). The key is parsed once and must carry its CRT parameters;
 * each thread keeps one initialised JDK {@code Signature}, so no per-call parsing or provider lookup. Thread-safe.
 *
 * <pre>{@code String sig = RsaSigner.create(key, RsaKeySize.REQUIRE_2048_BITS).signToString(payload);}</pre>
 */
public final class RsaSigner implements Signer {
    private final ThreadLocalSignature signatures;
    private final int length;
    private volatile boolean closed;

    private RsaSigner(ThreadLocalSignature signatures, int length) {
        this.signatures = signatures;
        this.length = length;
    }

    /**
     * A signer for an {@link SigningAlgorithm#RSA_PKCS1_SHA256} key.
     *
     * @throws dev.signet.core.WeakKeyException if the key is under 2048 bits and {@code size} requires them
     * @throws KeyFormatException if the key is malformed or lacks CRT parameters
     */
    public static RsaSigner create(SigningKey key, RsaKeySize size) {
        if (key.algorithm() != SigningAlgorithm.RSA_PKCS1_SHA256) {
            throw new IllegalArgumentException("RsaSigner needs an RSA_PKCS1_SHA256 key, not " + key.algorithm());
        }
        return fromPkcs8(InsecureSecretAccess.copyBytes(key.material()), size);
    }

    /** A signer for the RSA key in {@code der} (PKCS#8), which is wiped on every path: taken, malformed or refused. */
    static RsaSigner fromPkcs8(byte[] der, RsaKeySize size) {
        java.security.PrivateKey parsed;
        try {
            parsed = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new KeyFormatException("the RSA private key's PKCS#8 encoding is malformed");
        } finally {
            Arrays.fill(der, (byte) 0);
        }
        if (!(parsed instanceof RSAPrivateCrtKey)) {
            throw new KeyFormatException("this RSA key has no CRT parameters; re-export it with: openssl pkey -in key.pem -out key-crt.pem");
        }
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) parsed;
        int bits = privateKey.getModulus().bitLength();
        size.check(bits);
        return new RsaSigner(ThreadLocalSignature.forSigning(privateKey), (bits + 7) / 8);
    }

    @Override
    public SigningAlgorithm algorithm() {
        return SigningAlgorithm.RSA_PKCS1_SHA256;
    }

    @Override
    public int signatureLength() {
        return length;
    }

    @Override
    public int sign(byte[] message, int off, int len, byte[] out, int outOff) {
        if (closed) {
            throw new IllegalStateException("this RSA signer was closed; create a new one");
        }
        return signatures.sign(message, off, len, out, outOff, length);
    }

    /**
     * Stops signing and drops this thread's initialised {@code Signature}. The JDK's RSA private key is made of
     * immutable {@code BigInteger}s and cannot be wiped; it becomes garbage once no thread uses this signer.
     */
    @Override
    public void close() {
        closed = true;
        signatures.release();
    }

    @Override
    public String toString() {
        return "RsaSigner[" + length * 8 + " bits]";
    }
}
