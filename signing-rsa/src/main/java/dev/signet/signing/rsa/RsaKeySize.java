package dev.signet.signing.rsa;

import dev.signet.core.WeakKeyException;

/**
 * Which RSA modulus sizes a signer or verifier accepts. {@link #REQUIRE_2048_BITS} is the default everywhere;
 * {@link #ALLOW_INSECURE_BELOW_2048_BITS} exists for verifying legacy signatures and is deliberately loud.
 *
 * <pre>{@code RsaSigner.create(key, RsaKeySize.REQUIRE_2048_BITS)}</pre>
 */
public enum RsaKeySize {
    /** Refuse moduli under 2048 bits with {@link WeakKeyException}. */
    REQUIRE_2048_BITS,
    /** Accept any size. Only for legacy material you cannot replace. */
    ALLOW_INSECURE_BELOW_2048_BITS;

    /** The smallest modulus the exchange and NIST accept. */
    public static final int MINIMUM_BITS = 2048;

    void check(int bits) {
        if (this == REQUIRE_2048_BITS && bits < MINIMUM_BITS) {
            throw new WeakKeyException("this RSA key has " + bits + " bits; at least " + MINIMUM_BITS + " are required. Make a new "
                    + "one with: signet keygen --algorithm rsa --bits 4096 --out DIR "
                    + "(or openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:4096 -out private.pem)");
        }
    }
}
