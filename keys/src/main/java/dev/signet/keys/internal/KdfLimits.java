package dev.signet.keys.internal;

import dev.signet.core.KeyFormatException;
import java.math.BigInteger;

/**
 * Upper bounds on the key-derivation cost a key file may ask for, so a hostile or corrupt file cannot make a load
 * (or a rotation reload) run out of memory or spin for hours. The bounds sit far above what OpenSSL and ssh-keygen
 * write by default (PBKDF2 2,048, Signet 600,000 iterations; scrypt N=16,384 r=8 p=1; bcrypt 16 rounds).
 */
final class KdfLimits {
    static final long MAX_PBKDF2_ITERATIONS = 10_000_000;
    static final long MAX_SCRYPT_MEMORY = 128L << 20;
    static final int MAX_SCRYPT_PARALLELISM = 16;
    static final int MAX_BCRYPT_ROUNDS = 10_000;

    private KdfLimits() {}

    static void pbkdf2(BigInteger iterations, String format) {
        if (iterations.signum() <= 0 || iterations.compareTo(BigInteger.valueOf(MAX_PBKDF2_ITERATIONS)) > 0) {
            throw new KeyFormatException(format + ": " + iterations + " PBKDF2 iterations is outside 1.." + MAX_PBKDF2_ITERATIONS
                    + "; re-encrypt the key (signet keygen writes 600,000)");
        }
    }

    static void scrypt(BigInteger n, BigInteger r, BigInteger p, String format) {
        boolean sane = n.signum() > 0 && r.signum() > 0 && p.signum() > 0 && p.intValue() <= MAX_SCRYPT_PARALLELISM
                && p.bitLength() < 31 && n.bitLength() < 40 && r.bitLength() < 20
                && n.multiply(r).shiftLeft(7).compareTo(BigInteger.valueOf(MAX_SCRYPT_MEMORY)) <= 0;
        if (!sane) {
            throw new KeyFormatException(format + ": scrypt N=" + n + " r=" + r + " p=" + p + " needs more than "
                    + (MAX_SCRYPT_MEMORY >> 20) + " MiB or more than " + MAX_SCRYPT_PARALLELISM + " lanes; re-encrypt it "
                    + "(openssl pkcs8 -topk8 -scrypt uses N=16384 r=8 p=1)");
        }
    }

    static void bcrypt(int rounds, String format) {
        if (rounds < 1 || rounds > MAX_BCRYPT_ROUNDS) {
            throw new KeyFormatException(format + ": " + rounds + " bcrypt rounds is outside 1.." + MAX_BCRYPT_ROUNDS
                    + "; re-encrypt it with `ssh-keygen -p -a 16 -f FILE`");
        }
    }
}
