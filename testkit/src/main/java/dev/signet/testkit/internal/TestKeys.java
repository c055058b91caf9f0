package dev.signet.testkit.internal;

import dev.signet.core.ApiKey;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import dev.signet.keys.SigningKeyGenerator;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/** Fresh throwaway keys for tests: a random API key, an HMAC secret of 32 random bytes, Ed25519, RSA 2048. */
public final class TestKeys {
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {}

    /** A random API key. */
    public static ApiKey apiKey() {
        byte[] id = new byte[24];
        RANDOM.nextBytes(id);
        return ApiKey.of("mockExchangeTestKey" + HexFormat.of().formatHex(id));
    }

    /** A new key of {@code algorithm}. */
    public static SigningKey signingKey(SigningAlgorithm algorithm) {
        if (algorithm != SigningAlgorithm.HMAC_SHA256) {
            return SigningKeyGenerator.generate(algorithm, 2048);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        try {
            return SigningKey.hmacSha256(InsecureSecretAccess.secretFromBytes(secret));
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
