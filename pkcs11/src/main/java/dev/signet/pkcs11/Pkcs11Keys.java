package dev.signet.pkcs11;

import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import dev.signet.pkcs11.internal.KeyOpener;
import java.nio.file.Path;

/**
 * Keys that never leave a PKCS#11 token (HSM, YubiKey/Nitrokey, SoftHSM): opens the key a {@link Pkcs11Uri} names, or
 * generates a non-extractable pair inside the token. The {@link SigningKey} holds no key bytes; closing it (and the
 * signers made from it) closes its sessions and, for the token's last key, logs out. Signatures from many threads
 * share a pool of sessions ({@link #sessions(int)}).
 *
 * <pre>{@code
 * try (SigningKey key = Pkcs11Keys.create().open(Pkcs11Uri.parse("pkcs11:token=bot;object=ed?module-path=/usr/lib/softhsm/libsofthsm2.so"), pin);
 *      Signer signer = Signers.forKey(key)) { ... }
 * }</pre>
 */
public final class Pkcs11Keys {
    /** Sessions per key unless {@link #sessions(int)} says otherwise; see the benchmarks README for the measurement. */
    public static final int DEFAULT_SESSIONS = 4;

    private final Path defaultLibrary;
    private final int sessions;

    private Pkcs11Keys(Path defaultLibrary, int sessions) {
        this.defaultLibrary = defaultLibrary;
        this.sessions = sessions;
    }

    /** No default library (URIs name theirs with {@code module-path}), {@value #DEFAULT_SESSIONS} sessions per key. */
    public static Pkcs11Keys create() {
        return new Pkcs11Keys(null, DEFAULT_SESSIONS);
    }

    /** The PKCS#11 library for URIs without {@code module-path}. */
    public Pkcs11Keys defaultLibrary(Path library) {
        return new Pkcs11Keys(library, sessions);
    }

    /** How many sessions one key signs on at once (1 serialises every signature). */
    public Pkcs11Keys sessions(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("a key needs at least one session");
        }
        return new Pkcs11Keys(defaultLibrary, max);
    }

    /**
     * The key {@code uri} names.
     *
     * @param pin the user PIN (not retained; the caller wipes it), or null to read the URI's {@code pin-source}, or for
     *     a token with a PIN pad
     * @throws dev.signet.core.CredentialsException if the library, token or key is missing, or the PIN is wrong
     * @throws dev.signet.core.KeyFormatException if the key is not an Ed25519 or RSA signing key, or its public half
     *     does not match
     */
    public SigningKey open(Pkcs11Uri uri, char[] pin) {
        return KeyOpener.open(uri, pin, "the PIN given", defaultLibrary, sessions);
    }

    /**
     * Generates a key pair inside the token {@code uri} names, under its {@code object} label (and {@code id}, or a
     * random one): the private key sensitive and never extractable. Refuses a label or id already on the token.
     *
     * @param rsaBits 2048, 3072 or 4096 for RSA; ignored for Ed25519
     */
    public SigningKey generate(Pkcs11Uri uri, SigningAlgorithm algorithm, int rsaBits, char[] pin) {
        return KeyOpener.generate(uri, algorithm, rsaBits, pin, "the PIN given", defaultLibrary, sessions);
    }

    @Override
    public String toString() {
        return "Pkcs11Keys[library=" + defaultLibrary + ", sessions=" + sessions + "]";
    }
}
