package dev.signet.signing.hmac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.SigningKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the JSON test vectors under {@code src/test/resources/testvectors}. */
final class Vectors {
    private Vectors() {}

    static JsonNode load(String path) {
        try (InputStream in = Vectors.class.getResourceAsStream("/testvectors/" + path)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SigningKey hmacKey(byte[] key) {
        return SigningKey.hmacSha256(InsecureSecretAccess.secretFromBytes(key));
    }
}
