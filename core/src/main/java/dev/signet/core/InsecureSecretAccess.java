package dev.signet.core;

import dev.signet.core.internal.SecretUtf8;
import java.util.Arrays;

/**
 * The only door between a {@link Secret} and plain bytes or strings, in either direction.
 *
 * <p><strong>This is how hardcoded secrets get into repos.</strong> Every call is a deliberate, grep-able decision:
 * tests, adapters to other vaults, and signer implementations that must hand key bytes to a cipher. Secrets made
 * here skip the {@link SecretPolicy}; load real secrets through a
 * {@link dev.signet.credentials.CredentialsProvider} instead.
 *
 * <pre>{@code Secret s = InsecureSecretAccess.secretFromBytes(bytesFromMyVault);}</pre>
 */
public final class InsecureSecretAccess {
    private InsecureSecretAccess() {}

    /** A secret holding the UTF-8 bytes of {@code value}. Never pass a literal. */
    public static Secret secretFromString(String value) {
        char[] chars = value.toCharArray();
        try {
            return new Secret(SecretUtf8.encode(chars, 0, chars.length));
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** A secret holding a copy of {@code value}; the caller still owns (and should wipe) its array. */
    public static Secret secretFromBytes(byte[] value) {
        return new Secret(value.clone());
    }

    /** A copy of the secret's bytes; the caller must wipe it after use. */
    public static byte[] copyBytes(Secret secret) {
        return secret.copyValue();
    }
}
