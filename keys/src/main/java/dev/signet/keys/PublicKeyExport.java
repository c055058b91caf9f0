package dev.signet.keys;

import dev.signet.core.SigningKey;
import dev.signet.core.VerificationKey;
import dev.signet.keys.internal.PemEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The public key as SPKI PEM ({@code BEGIN PUBLIC KEY}): what the user pastes into the exchange.
 *
 * <pre>{@code Files.writeString(dir.resolve("public.pem"), PublicKeyExport.pem(key));}</pre>
 */
public final class PublicKeyExport {
    private PublicKeyExport() {}

    /** SPKI PEM of a key pair's public half. */
    public static String pem(SigningKey key) {
        return pem(key.verificationKey());
    }

    /** SPKI PEM of a public key. */
    public static String pem(VerificationKey key) {
        byte[] spki = key.publicKeySpki().orElseThrow(
                () -> new IllegalArgumentException(key.algorithm() + " keys have no public key to export"));
        return new String(PemEncoder.encode("PUBLIC KEY", spki), StandardCharsets.US_ASCII);
    }
}
