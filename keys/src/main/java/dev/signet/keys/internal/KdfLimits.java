package dev.signet.keys.internal;

import dev.signet.core.KeyFormatException;
import java.math.BigInteger;
import java.util.Locale;

/**
 * Upper bounds on the key-derivation cost a key file may ask for, checked before any derivation starts, so a hostile
 * or corrupt file cannot make a load (or a rotation reload) run out of memory or spin for hours. Time bounds are fixed
 * and sit far above what OpenSSL and ssh-keygen write (PBKDF2 2,048, Signet 600,000 iterations; scrypt N=16,384 r=8
 * p=1; bcrypt 16 rounds); the scrypt memory bound is the caller's ({@code KeyDerivationLimits}, 64 MiB by default).
 */
final class KdfLimits {
    static final long MAX_PBKDF2_ITERATIONS = 10_000_000;
    static final int MAX_SCRYPT_PARALLELISM = 16;
    /** Real tools write r=8; BouncyCastle 1.87's scrypt fails on r above 512. */
    static final int MAX_SCRYPT_BLOCK_SIZE = 256;
    static final int MAX_BCRYPT_ROUNDS = 1_000;
    private static final int MAX_SCRYPT_COST_BITS = 31;

    private KdfLimits() {}

    static void pbkdf2(BigInteger iterations, String format) {
        if (iterations.signum() <= 0 || iterations.compareTo(BigInteger.valueOf(MAX_PBKDF2_ITERATIONS)) > 0) {
            throw new KeyFormatException(format + ": " + number(iterations) + " PBKDF2 iterations is outside 1.."
                    + MAX_PBKDF2_ITERATIONS + "; re-encrypt the key (signet keygen writes 600,000)");
        }
    }

    /**
     * The memory BouncyCastle's scrypt holds at its peak: the N×r×128-byte table, plus three copies of the
     * p×r×128-byte lane buffer (the PBKDF2 output, its copy, and the working array). Measured: N=2 r=131072 p=4 needs
     * 224 MiB of heap, which this gives exactly.
     */
    static long scryptMemory(long n, long r, long p) {
        return 128 * r * (n + 3 * p);
    }

    static void scrypt(BigInteger n, BigInteger r, BigInteger p, long maxMemory, String format) {
        String cost = "scrypt N=" + number(n) + " r=" + number(r) + " p=" + number(p);
        boolean shape = n.bitLength() <= MAX_SCRYPT_COST_BITS && n.compareTo(BigInteger.ONE) > 0 && n.bitCount() == 1
                && r.signum() > 0 && r.compareTo(BigInteger.valueOf(MAX_SCRYPT_BLOCK_SIZE)) <= 0
                && p.signum() > 0 && p.compareTo(BigInteger.valueOf(MAX_SCRYPT_PARALLELISM)) <= 0;
        if (!shape) {
            throw new KeyFormatException(format + ": " + cost + " is outside what Signet reads (N a power of two above 1, r 1.."
                    + MAX_SCRYPT_BLOCK_SIZE + ", p 1.." + MAX_SCRYPT_PARALLELISM + "); re-encrypt it "
                    + "(openssl pkcs8 -topk8 -scrypt writes N=16384 r=8 p=1)");
        }
        long memory = scryptMemory(n.longValue(), r.longValue(), p.longValue());
        if (memory > maxMemory) {
            throw new KeyFormatException(format + ": " + cost + " needs " + mib(memory) + " of memory to derive the key, more "
                    + "than the limit of " + mib(maxMemory) + ". Re-encrypt it with a lower cost (openssl pkcs8 -topk8 -scrypt "
                    + "writes N=16384 r=8 p=1, 16 MiB), or, for a file you trust, raise the limit in code: "
                    + "PrivateKeyParser.parse(content, passphrase, KeyDerivationLimits.allowMemoryAbove64MiB(bytes))");
        }
    }

    static void bcrypt(int rounds, String format) {
        if (rounds < 1 || rounds > MAX_BCRYPT_ROUNDS) {
            throw new KeyFormatException(format + ": " + rounds + " bcrypt rounds is outside 1.." + MAX_BCRYPT_ROUNDS
                    + "; re-encrypt it with `ssh-keygen -p -a 16 -f FILE`");
        }
    }

    /** A number from the file, in full unless it is absurdly long. */
    private static String number(BigInteger value) {
        return value.bitLength() <= 63 ? value.toString() : (value.signum() < 0 ? "-" : "") + "2^" + (value.bitLength() - 1) + "+";
    }

    /** Rounded up to a tenth, so a cost just over the limit never prints as equal to it. */
    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", Math.ceil(bytes * 10.0 / (1 << 20)) / 10);
    }
}
