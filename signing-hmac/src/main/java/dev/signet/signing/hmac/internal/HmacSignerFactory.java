package dev.signet.signing.hmac.internal;

import dev.signet.core.Signer;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import dev.signet.core.Verifier;
import dev.signet.core.VerificationKey;
import dev.signet.signing.hmac.HmacSha256Signer;
import dev.signet.signing.hmac.HmacSha256Verifier;
import dev.signet.spi.SignerFactory;

/** Serves {@link SigningAlgorithm#HMAC_SHA256} to {@link dev.signet.core.Signers}. */
public final class HmacSignerFactory implements SignerFactory {
    @Override
    public SigningAlgorithm algorithm() {
        return SigningAlgorithm.HMAC_SHA256;
    }

    @Override
    public Signer createSigner(SigningKey key) {
        return HmacSha256Signer.create(key);
    }

    @Override
    public Verifier createVerifier(VerificationKey key) {
        return HmacSha256Verifier.create(key);
    }
}
