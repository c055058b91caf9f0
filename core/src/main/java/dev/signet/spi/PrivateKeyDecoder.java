package dev.signet.spi;

import dev.signet.core.SigningKey;

/**
 * Turns the bytes of a private-key file (PEM, DER, OpenSSH; plain or encrypted) into a {@link SigningKey}.
 * Provided by {@code signet-keys}; the credentials providers in core use it for {@code P_PRIVATE_KEY_FILE}.
 *
 * <pre>{@code provides dev.signet.spi.PrivateKeyDecoder with dev.signet.keys.internal.BouncyCastleKeyDecoder;}</pre>
 */
public interface PrivateKeyDecoder {
    /**
     * Decodes a private key, deciding the format from the content.
     *
     * @param content the file's bytes; not retained
     * @param passphrase the passphrase for an encrypted key, or null; not retained, wiped by the caller
     * @throws dev.signet.core.KeyFormatException naming the detected format and what is wrong
     */
    SigningKey decode(byte[] content, char[] passphrase);
}
