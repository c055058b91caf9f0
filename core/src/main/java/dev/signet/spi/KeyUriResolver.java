package dev.signet.spi;

import dev.signet.core.SigningKey;

/**
 * Turns a key URI ({@code pkcs11:token=bot;object=binance-ed25519}) into a {@link SigningKey} whose private key stays
 * where the URI points. Provided by {@code signet-pkcs11}; the credentials providers in core use it for
 * {@code P_PRIVATE_KEY_URI}, so core needs no PKCS#11 code.
 *
 * <pre>{@code provides dev.signet.spi.KeyUriResolver with dev.signet.pkcs11.internal.Pkcs11KeyUriResolver;}</pre>
 */
public interface KeyUriResolver {
    /** The URI scheme served, without the colon: {@code pkcs11}. */
    String scheme();

    /**
     * Opens the key the URI names.
     *
     * @param uri the URI; messages never repeat it whole
     * @param pin the PIN from the credentials source ({@code P_PKCS11_PIN}, …), or null to use the URI's
     *     {@code pin-source}; not retained, wiped by the caller
     * @param defaultLibrary the library to load when the URI names none ({@code P_PKCS11_MODULE}), or null
     * @throws dev.signet.core.CredentialsException naming the token or object and what to do
     */
    SigningKey resolve(String uri, char[] pin, String defaultLibrary);
}
