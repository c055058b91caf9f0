package dev.signet.keys;

/**
 * How much memory an encrypted key file may make Signet spend deriving its decryption key. The cost of scrypt
 * ({@code BEGIN ENCRYPTED PRIVATE KEY} with {@code -scrypt}) is written in the file itself, before anything proves the
 * file is genuine, so it is checked before any work starts: by default a key may need at most
 * {@value #DEFAULT_MAX_MEMORY_BYTES} bytes (64 MiB; OpenSSL itself writes and reads at most 32 MiB, its default
 * N=16384 r=8 p=1 needs 16 MiB). The time limits (PBKDF2 iterations, bcrypt rounds, scrypt lanes) are fixed.
 *
 * <pre>{@code PrivateKeyParser.parse(content, passphrase, KeyDerivationLimits.defaults());}</pre>
 */
public final class KeyDerivationLimits {
    /** The default memory limit: 64 MiB. */
    public static final long DEFAULT_MAX_MEMORY_BYTES = 64L << 20;
    private static final KeyDerivationLimits DEFAULTS = new KeyDerivationLimits(DEFAULT_MAX_MEMORY_BYTES);

    private final long maxMemoryBytes;

    private KeyDerivationLimits(long maxMemoryBytes) {
        this.maxMemoryBytes = maxMemoryBytes;
    }

    /** At most 64 MiB: what {@link PrivateKeyParser#parse(byte[], char[])} and the credentials providers apply. */
    public static KeyDerivationLimits defaults() {
        return DEFAULTS;
    }

    /**
     * A lower memory limit, for small containers.
     *
     * @throws IllegalArgumentException unless {@code 0 < bytes <= 64 MiB}; above that use {@link #allowMemoryAbove64MiB(long)}
     */
    public static KeyDerivationLimits maxMemory(long bytes) {
        if (bytes <= 0 || bytes > DEFAULT_MAX_MEMORY_BYTES) {
            throw new IllegalArgumentException("the memory limit must be 1 byte to 64 MiB, not " + bytes
                    + "; to allow more, call KeyDerivationLimits.allowMemoryAbove64MiB(bytes)");
        }
        return new KeyDerivationLimits(bytes);
    }

    /**
     * Allows key files that need more than 64 MiB to decrypt. Deliberately loud: any key file you load with it can make
     * each load (and each rotation reload) take that much heap, so use it only for a file you made yourself with a
     * higher scrypt cost and cannot re-encrypt.
     *
     * @throws IllegalArgumentException unless {@code bytes} is positive
     */
    public static KeyDerivationLimits allowMemoryAbove64MiB(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("the memory limit must be positive, not " + bytes);
        }
        return new KeyDerivationLimits(bytes);
    }

    /** The most memory, in bytes, a key file may need for its key derivation. */
    public long maxMemoryBytes() {
        return maxMemoryBytes;
    }

    @Override
    public String toString() {
        return "KeyDerivationLimits[maxMemory=" + maxMemoryBytes + " bytes]";
    }
}
