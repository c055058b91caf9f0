package dev.signet.core;

import java.util.Base64;

/**
 * The signature algorithms Signet speaks, each with its wire encoding.
 *
 * <pre>{@code String wire = SigningAlgorithm.ED25519.encode(signatureBytes);}</pre>
 */
public enum SigningAlgorithm {
    /** HMAC with SHA-256; signatures travel as lowercase hex. */
    HMAC_SHA256("hmac-sha256") {
        @Override
        public String encode(byte[] signature) {
            return Hex.encode(signature);
        }

        @Override
        public byte[] decode(CharSequence wire) {
            return Hex.decode(wire);
        }
    },
    /** Ed25519 (RFC 8032); signatures travel as standard base64. */
    ED25519("ed25519"),
    /** RSASSA-PKCS1-v1_5 with SHA-256; signatures travel as standard base64. */
    RSA_PKCS1_SHA256("rsa");

    private final String cliName;

    SigningAlgorithm(String cliName) {
        this.cliName = cliName;
    }

    /** The name used on the command line, e.g. {@code hmac-sha256}. */
    public String cliName() {
        return cliName;
    }

    /** Whether the key is one shared secret (HMAC) rather than a private/public pair. */
    public boolean isSymmetric() {
        return this == HMAC_SHA256;
    }

    /** The signature's wire form: lowercase hex for HMAC, standard padded base64 otherwise. */
    public String encode(byte[] signature) {
        return Base64.getEncoder().encodeToString(signature);
    }

    /**
     * Decodes a wire-form signature: ASCII hex in either case for HMAC; for the others canonical standard base64
     * only (ASCII, padded, no stray bits), the one form each signature has, so a verifier never accepts a variant
     * the exchange may reject.
     *
     * @throws IllegalArgumentException if the text is not valid hex/base64 (the text is not quoted)
     */
    public byte[] decode(CharSequence wire) {
        String text = wire.toString();
        byte[] decoded = Base64.getDecoder().decode(text);
        if (!Base64.getEncoder().encodeToString(decoded).equals(text)) {
            throw new IllegalArgumentException("not canonical padded base64 (missing padding or non-zero trailing bits)");
        }
        return decoded;
    }

    /**
     * The algorithm with this command-line name.
     *
     * @throws IllegalArgumentException naming the accepted names
     */
    public static SigningAlgorithm fromCliName(String name) {
        for (SigningAlgorithm a : values()) {
            if (a.cliName.equalsIgnoreCase(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown algorithm '" + name + "'; use hmac-sha256, ed25519 or rsa");
    }
}
