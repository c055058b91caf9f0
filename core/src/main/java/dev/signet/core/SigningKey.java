package dev.signet.core;

import dev.signet.core.internal.Fingerprints;
import java.util.Objects;
import java.util.Optional;

/**
 * Key material for one {@link SigningAlgorithm}: the shared secret for HMAC, or the PKCS#8 DER encoding of the
 * private key (with its SPKI public key) for Ed25519 and RSA. Closing it wipes the material.
 *
 * <pre>{@code Signer signer = Signers.forKey(credentials.signingKey());}</pre>
 */
public final class SigningKey implements AutoCloseable {
    private final SigningAlgorithm algorithm;
    private final Secret material;
    private final byte[] publicKeySpki;

    private SigningKey(SigningAlgorithm algorithm, Secret material, byte[] publicKeySpki) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.material = Objects.requireNonNull(material, "material");
        this.publicKeySpki = publicKeySpki;
    }

    /** An HMAC-SHA256 key from a shared secret. */
    public static SigningKey hmacSha256(Secret secret) {
        return new SigningKey(SigningAlgorithm.HMAC_SHA256, secret, null);
    }

    /**
     * An asymmetric private key.
     *
     * @param pkcs8Der the PKCS#8 {@code PrivateKeyInfo} DER encoding
     * @param publicKeySpki the matching X.509 {@code SubjectPublicKeyInfo} DER encoding
     */
    public static SigningKey privateKey(SigningAlgorithm algorithm, Secret pkcs8Der, byte[] publicKeySpki) {
        if (algorithm.isSymmetric()) {
            throw new IllegalArgumentException(algorithm + " takes a shared secret; use SigningKey.hmacSha256");
        }
        return new SigningKey(algorithm, pkcs8Der, Objects.requireNonNull(publicKeySpki, "publicKeySpki").clone());
    }

    /** The algorithm this key signs with. */
    public SigningAlgorithm algorithm() {
        return algorithm;
    }

    /** The secret material: HMAC secret bytes, or PKCS#8 DER. Read it only through {@link InsecureSecretAccess}. */
    public Secret material() {
        return material;
    }

    /** The SPKI DER of the public key, for asymmetric keys. */
    public Optional<byte[]> publicKeySpki() {
        return Optional.ofNullable(publicKeySpki).map(byte[]::clone);
    }

    /**
     * The key's fingerprint: SHA-256 of the SPKI DER for key pairs (what the exchange shows for a registered public
     * key), of the secret for HMAC.
     */
    public String fingerprint() {
        return publicKeySpki == null ? material.fingerprint() : Fingerprints.shortForm(Fingerprints.sha256(publicKeySpki));
    }

    /** The key a {@link Verifier} needs to check this key's signatures. */
    public VerificationKey verificationKey() {
        return algorithm.isSymmetric()
                ? VerificationKey.sharedSecret(material)
                : VerificationKey.publicKey(algorithm, publicKeySpki);
    }

    /** Wipes the secret material. */
    @Override
    public void close() {
        material.close();
    }

    @Override
    public String toString() {
        return "SigningKey[" + algorithm + " " + fingerprint() + "]";
    }
}
