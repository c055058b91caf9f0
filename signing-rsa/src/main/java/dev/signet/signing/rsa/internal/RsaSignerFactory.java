package dev.signet.signing.rsa.internal;

import dev.signet.core.Signer;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import dev.signet.core.Verifier;
import dev.signet.core.VerificationKey;
import dev.signet.signing.rsa.RsaKeySize;
import dev.signet.signing.rsa.RsaSigner;
import dev.signet.signing.rsa.RsaVerifier;
import dev.signet.spi.SignerFactory;

/** Serves {@link SigningAlgorithm#RSA_PKCS1_SHA256} to {@link dev.signet.core.Signers}; always 2048 bits or more. */
public final class RsaSignerFactory implements SignerFactory {
    @Override
    public SigningAlgorithm algorithm() {
        return SigningAlgorithm.RSA_PKCS1_SHA256;
    }

    @Override
    public Signer createSigner(SigningKey key) {
        return RsaSigner.create(key, RsaKeySize.REQUIRE_2048_BITS);
    }

    @Override
    public Verifier createVerifier(VerificationKey key) {
        return RsaVerifier.create(key, RsaKeySize.REQUIRE_2048_BITS);
    }
}
