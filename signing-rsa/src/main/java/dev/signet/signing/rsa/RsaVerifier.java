package dev.signet.signing.rsa;

import dev.signet.core.KeyFormatException;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.Verifier;
import dev.signet.core.VerificationKey;
import dev.signet.signing.rsa.internal.ThreadLocalSignature;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;

/**
 * Verifies RSASSA-PKCS1-v1_5 SHA-256 signatures; a signature whose length differs from the modulus is invalid.
 * Thread-safe.
 *
 * <pre>{@code boolean ok = RsaVerifier.create(publicKey, RsaKeySize.REQUIRE_2048_BITS).verify(message, signature);}</pre>
 */
public final class RsaVerifier implements Verifier {
    private final ThreadLocalSignature signatures;
    private final int length;

    private RsaVerifier(ThreadLocalSignature signatures, int length) {
        this.signatures = signatures;
        this.length = length;
    }

    /**
     * A verifier for an RSA public key (SPKI).
     *
     * @throws dev.signet.core.WeakKeyException if the key is under 2048 bits and {@code size} requires them
     */
    public static RsaVerifier create(VerificationKey key, RsaKeySize size) {
        RSAPublicKey publicKey;
        try {
            publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(key.publicKeySpki().orElseThrow()));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new KeyFormatException("the RSA public key's SubjectPublicKeyInfo is malformed");
        }
        int bits = publicKey.getModulus().bitLength();
        size.check(bits);
        return new RsaVerifier(ThreadLocalSignature.forVerifying(publicKey), (bits + 7) / 8);
    }

    @Override
    public SigningAlgorithm algorithm() {
        return SigningAlgorithm.RSA_PKCS1_SHA256;
    }

    @Override
    public boolean verify(byte[] message, byte[] signature) {
        return signature.length == length && signatures.verify(message, signature);
    }

    @Override
    public String toString() {
        return "RsaVerifier[" + length * 8 + " bits]";
    }
}
