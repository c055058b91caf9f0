package dev.signet.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Secrets published in exchange documentation as examples, known only by their SHA-256 digests (resource
 * {@code example-secrets.sha256}); used by the secret policy and the scanner.
 */
public final class KnownExampleSecrets {
    private static final List<byte[]> DIGESTS = load();

    private KnownExampleSecrets() {}

    /** Whether {@code candidate} is one of the published example secrets or API keys. */
    public static boolean contains(byte[] candidate) {
        byte[] digest = Fingerprints.sha256(candidate);
        try {
            boolean found = false;
            for (byte[] known : DIGESTS) {
                found |= MessageDigest.isEqual(known, digest);
            }
            return found;
        } finally {
            Arrays.fill(digest, (byte) 0); // for a secret over 64 bytes, its SHA-256 is its HMAC key
        }
    }

    private static List<byte[]> load() {
        List<byte[]> digests = new ArrayList<>();
        try (InputStream in = KnownExampleSecrets.class.getResourceAsStream("example-secrets.sha256");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    digests.add(dev.signet.core.Hex.decode(trimmed));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled list of example secrets", e);
        }
        return List.copyOf(digests);
    }
}
