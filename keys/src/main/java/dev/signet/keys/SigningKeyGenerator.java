package dev.signet.keys;

import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import dev.signet.keys.internal.KeyInfos;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Set;

/**
 * Generates the key pairs users register with the exchange: Ed25519 (recommended) or RSA 2048/3072/4096.
 *
 * <pre>{@code SigningKey key = SigningKeyGenerator.ed25519(); KeyFiles.writeKeyPair(key, dir, null);}</pre>
 */
public final class SigningKeyGenerator {
    private static final Set<Integer> RSA_SIZES = Set.of(2048, 3072, 4096);
    private static final SecureRandom RANDOM = new SecureRandom();

    private SigningKeyGenerator() {}

    /** A new Ed25519 key. */
    public static SigningKey ed25519() {
        byte[] seed = new byte[32];
        RANDOM.nextBytes(seed);
        try {
            return KeyInfos.ed25519(seed, "generated Ed25519");
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    /**
     * A new RSA key.
     *
     * @throws IllegalArgumentException unless {@code bits} is 2048, 3072 or 4096
     */
    public static SigningKey rsa(int bits) {
        if (!RSA_SIZES.contains(bits)) {
            throw new IllegalArgumentException("RSA keys must be 2048, 3072 or 4096 bits, not " + bits);
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits, RANDOM);
            KeyPair pair = generator.generateKeyPair();
            byte[] pkcs8 = pair.getPrivate().getEncoded();
            try {
                return SigningKey.privateKey(SigningAlgorithm.RSA_PKCS1_SHA256, InsecureSecretAccess.secretFromBytes(pkcs8),
                        pair.getPublic().getEncoded());
            } finally {
                Arrays.fill(pkcs8, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is required by every Java platform", e);
        }
    }

    /** A new key for {@code algorithm}; {@code rsaBits} is used for RSA only. */
    public static SigningKey generate(SigningAlgorithm algorithm, int rsaBits) {
        switch (algorithm) {
            case ED25519:
                return ed25519();
            case RSA_PKCS1_SHA256:
                return rsa(rsaBits);
            default:
                throw new IllegalArgumentException(algorithm + " has no key pair; HMAC secrets come from the exchange");
        }
    }
}
