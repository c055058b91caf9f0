package dev.signet.core;

import java.util.Objects;

/**
 * A {@link Signer} bound to the {@link ApiKey} it signs for. Request signers take a supplier of these, so a key
 * rotation swaps both at once and a request is signed entirely with the old pair or entirely with the new one.
 *
 * <p>Ownership: whoever creates a {@code KeyedSigner} closes it, which closes (wipes) its signer. One from
 * {@link #of(Credentials)} is yours; the ones a {@code RotatingKeyedSigner} hands out belong to it (close the
 * rotation, not them). Request signers never close what they are given.
 *
 * <pre>{@code try (KeyedSigner active = KeyedSigner.of(credentials)) { ... }}</pre>
 *
 * @param apiKey the API key sent with the request
 * @param signer the signer for that key
 * @param fingerprint the signing key's fingerprint
 */
public record KeyedSigner(ApiKey apiKey, Signer signer, String fingerprint) implements AutoCloseable {
    /** Checks the parts. */
    public KeyedSigner {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** The signer for {@code credentials}' key, found through {@link Signers}. */
    public static KeyedSigner of(Credentials credentials) {
        return new KeyedSigner(credentials.apiKey(), Signers.forKey(credentials.signingKey()),
                credentials.signingKey().fingerprint());
    }

    /** Closes the signer, wiping its copy of the key. Idempotent. */
    @Override
    public void close() {
        signer.close();
    }
}
