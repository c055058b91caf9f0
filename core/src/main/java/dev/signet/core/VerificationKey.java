package dev.signet.core;

import dev.signet.core.internal.Fingerprints;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Verifier} checks signatures with: the shared secret for HMAC, or the SPKI DER public key.
 *
 * <pre>{@code Verifier v = Signers.verifierFor(VerificationKey.publicKey(SigningAlgorithm.ED25519, spkiDer));}</pre>
 */
public final class VerificationKey {
    private final SigningAlgorithm algorithm;
    private final Secret sharedSecret;
    private final byte[] publicKeySpki;

    private VerificationKey(SigningAlgorithm algorithm, Secret sharedSecret, byte[] publicKeySpki) {
        this.algorithm = algorithm;
        this.sharedSecret = sharedSecret;
        this.publicKeySpki = publicKeySpki;
    }

    /** An HMAC-SHA256 verification key. */
    public static VerificationKey sharedSecret(Secret secret) {
        return new VerificationKey(SigningAlgorithm.HMAC_SHA256, Objects.requireNonNull(secret, "secret"), null);
    }

    /** A public key, as X.509 {@code SubjectPublicKeyInfo} DER. */
    public static VerificationKey publicKey(SigningAlgorithm algorithm, byte[] spkiDer) {
        if (algorithm.isSymmetric()) {
            throw new IllegalArgumentException(algorithm + " has no public key; use VerificationKey.sharedSecret");
        }
        return new VerificationKey(algorithm, null, Objects.requireNonNull(spkiDer, "spkiDer").clone());
    }

    /** The algorithm. */
    public SigningAlgorithm algorithm() {
        return algorithm;
    }

    /** The shared secret, for HMAC. */
    public Optional<Secret> sharedSecret() {
        return Optional.ofNullable(sharedSecret);
    }

    /** The SPKI DER public key, for key pairs. */
    public Optional<byte[]> publicKeySpki() {
        return Optional.ofNullable(publicKeySpki).map(byte[]::clone);
    }

    /** The fingerprint (SHA-256 of the SPKI DER, or of the shared secret). */
    public String fingerprint() {
        return sharedSecret != null ? sharedSecret.fingerprint() : Fingerprints.shortForm(Fingerprints.sha256(publicKeySpki));
    }

    @Override
    public String toString() {
        return "VerificationKey[" + algorithm + " " + fingerprint() + "]";
    }
}
