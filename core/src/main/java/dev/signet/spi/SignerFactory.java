package dev.signet.spi;

import dev.signet.core.Signer;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import dev.signet.core.Verifier;
import dev.signet.core.VerificationKey;

/**
 * The service a signer module provides ({@code provides dev.signet.spi.SignerFactory with ...}) so that
 * {@link dev.signet.core.Signers} finds its algorithm without code changes.
 *
 * <pre>{@code provides dev.signet.spi.SignerFactory with dev.signet.signing.hmac.internal.HmacSignerFactory;}</pre>
 */
public interface SignerFactory {
    /** The one algorithm this factory serves. */
    SigningAlgorithm algorithm();

    /**
     * A thread-safe signer for {@code key}; all key parsing and precomputation happens here, once.
     *
     * @throws dev.signet.core.KeyFormatException if the key material is unusable
     */
    Signer createSigner(SigningKey key);

    /** A thread-safe verifier for {@code key}. */
    Verifier createVerifier(VerificationKey key);
}
