package dev.signet.keys.internal;

import dev.signet.core.KeyFormatException;

/**
 * Refuses a passphrase given for a key file that is not encrypted: whoever set it believes the key is protected, and
 * using the key anyway would hide that it is not.
 *
 * <pre>{@code NoPassphrase.require(passphrase, "PEM PKCS#8", Pkcs8Encryption.REENCRYPT);}</pre>
 */
public final class NoPassphrase {
    private NoPassphrase() {}

    /**
     * Returns if {@code passphrase} is null or empty.
     *
     * @param format the key file's format, named in the message
     * @param encrypt the command that encrypts such a file
     * @throws KeyFormatException otherwise, saying how to encrypt the file
     */
    public static void require(char[] passphrase, String format, String encrypt) {
        if (passphrase != null && passphrase.length > 0) {
            throw new KeyFormatException(format + ": the key file is not encrypted, but a passphrase was given "
                    + "(P_PRIVATE_KEY_PASSPHRASE or --passphrase-env); refusing to use a key you may believe is protected. "
                    + "Encrypt it with: " + encrypt + " (then use the new file), or give no passphrase");
        }
    }
}
