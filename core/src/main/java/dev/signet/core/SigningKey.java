package dev.signet.core;

import dev.signet.core.internal.Fingerprints;
import dev.signet.core.internal.JcaKeyHandle;
import dev.signet.core.internal.SharedKeyHandle;
import dev.signet.spi.KeyHandle;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Objects;
import java.util.Optional;

/**
 * Key material for one {@link SigningAlgorithm}: the shared secret for HMAC, or the PKCS#8 DER encoding of the
 * private key (with its SPKI public key) for Ed25519 and RSA; or, for a key that must not leave its hardware, a
 * {@link KeyHandle} to a key held by a PKCS#11 token or a JCA provider, with no key bytes in Signet's memory.
 * Closing it wipes the material, or gives up the key's share of the handle.
 *
 * <pre>{@code Signer signer = Signers.forKey(credentials.signingKey());}</pre>
 */
public final class SigningKey implements AutoCloseable {
    private final SigningAlgorithm algorithm;
    private final Secret material;
    private final byte[] publicKeySpki;
    private final SharedKeyHandle handle;

    private SigningKey(SigningAlgorithm algorithm, Secret material, byte[] publicKeySpki, SharedKeyHandle handle) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.material = material;
        this.publicKeySpki = publicKeySpki;
        this.handle = handle;
    }

    /** An HMAC-SHA256 key from a shared secret. */
    public static SigningKey hmacSha256(Secret secret) {
        return new SigningKey(SigningAlgorithm.HMAC_SHA256, Objects.requireNonNull(secret, "secret"), null, null);
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
        return new SigningKey(algorithm, Objects.requireNonNull(pkcs8Der, "pkcs8Der"),
                Objects.requireNonNull(publicKeySpki, "publicKeySpki").clone(), null);
    }

    /**
     * A key held outside Signet, signed with through {@code handle}; the key takes ownership of the handle and
     * closes it when the key and every signer made from it are closed.
     */
    public static SigningKey external(KeyHandle handle) {
        SigningAlgorithm algorithm = handle.algorithm();
        if (algorithm.isSymmetric()) {
            throw new IllegalArgumentException(algorithm + " takes a shared secret; use SigningKey.hmacSha256");
        }
        return new SigningKey(algorithm, null, handle.publicKeySpki(), SharedKeyHandle.of(handle));
    }

    /**
     * A key held by any JCA provider (SunPKCS11, a KMS provider, …), signed with through {@code java.security.Signature}.
     * Signet never reads the private key's bytes; {@link #close()} drops Signet's {@code Signature}s, the key stays the
     * caller's.
     *
     * <pre>{@code SigningKey key = SigningKey.fromJca(SigningAlgorithm.RSA_PKCS1_SHA256, hsmKey, certificate.getPublicKey());}</pre>
     *
     * @throws KeyFormatException if the keys are not {@code algorithm} keys or no installed provider signs with them
     * @throws WeakKeyException if an RSA key is under 2048 bits
     */
    public static SigningKey fromJca(SigningAlgorithm algorithm, PrivateKey privateKey, PublicKey publicKey) {
        return external(JcaKeyHandle.of(algorithm, privateKey, publicKey));
    }

    /** The algorithm this key signs with. */
    public SigningAlgorithm algorithm() {
        return algorithm;
    }

    /**
     * The secret material: HMAC secret bytes, or PKCS#8 DER. Read it only through {@link InsecureSecretAccess}.
     *
     * @throws IllegalStateException for a key held outside Signet ({@link #holder()} is present): it has no material
     *     here; sign with it through {@link Signers#forKey(SigningKey)}
     */
    public Secret material() {
        if (material == null) {
            throw new IllegalStateException("this " + algorithm + " key is held by " + handle.description()
                    + " and never leaves it; sign with it through Signers.forKey(key)");
        }
        return material;
    }

    /** Where a key held outside Signet lives (e.g. {@code pkcs11 token 'bot' object 'ed'}); empty for key material in memory. */
    public Optional<String> holder() {
        return Optional.ofNullable(handle).map(SharedKeyHandle::description);
    }

    /** A new share of the handle, for a signer that outlives the key; null for key material in memory. */
    SharedKeyHandle shareHandle() {
        return handle == null ? null : handle.share();
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

    /** Wipes the secret material, or gives up this key's share of its handle (the last share logs out of the token). */
    @Override
    public void close() {
        if (material != null) {
            material.close();
        } else {
            handle.close();
        }
    }

    @Override
    public String toString() {
        return "SigningKey[" + algorithm + " " + fingerprint() + (handle == null ? "" : " in " + handle.description()) + "]";
    }
}
