package dev.signet.signing.hmac;

import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.SigningKey;

/** HMAC keys for the tests, built through the insecure door on purpose. */
final class Vectors {
    private Vectors() {}

    static SigningKey hmacKey(byte[] key) {
        return SigningKey.hmacSha256(InsecureSecretAccess.secretFromBytes(key));
    }
}
