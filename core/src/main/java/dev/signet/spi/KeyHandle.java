package dev.signet.spi;

import dev.signet.core.SigningAlgorithm;

/**
 * A private key that Signet signs with but never holds: a key in a PKCS#11 token (HSM, YubiKey, SoftHSM) or a JCA
 * {@code PrivateKey} from any provider. Wrap one with {@link dev.signet.core.SigningKey#external(KeyHandle)};
 * {@link dev.signet.core.Signers#forKey(dev.signet.core.SigningKey)} then signs through it.
 *
 * <p>Implementations are thread-safe: {@link #sign} is called from many threads at once. {@link #close()} releases
 * what the handle holds (logs out of the token, closes its sessions); Signet calls it once, when the last key and
 * signer using the handle are closed.
 *
 * <pre>{@code SigningKey key = SigningKey.external(myHsmHandle); Signer signer = Signers.forKey(key);}</pre>
 */
public interface KeyHandle extends AutoCloseable {
    /** The algorithm the key signs with. */
    SigningAlgorithm algorithm();

    /** The public key as X.509 {@code SubjectPublicKeyInfo} DER; a fresh copy. */
    byte[] publicKeySpki();

    /** The number of bytes {@link #sign} writes. */
    int signatureLength();

    /**
     * Signs {@code len} bytes of {@code message} from {@code off} into {@code out} at {@code outOff}.
     *
     * @return the number of bytes written, {@link #signatureLength()}
     * @throws dev.signet.core.KeyUnavailableException if the key's holder cannot sign (token removed, logged out, …)
     */
    int sign(byte[] message, int off, int len, byte[] out, int outOff);

    /**
     * Where the key lives, for messages and {@code signet doctor}: e.g. {@code pkcs11 token 'bot' object 'ed'}. Never
     * a PIN or other secret.
     */
    String description();

    /** Releases the key's holder (session, login). */
    @Override
    void close();
}
