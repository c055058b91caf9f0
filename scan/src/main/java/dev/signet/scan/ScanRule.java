package dev.signet.scan;

/**
 * What the scanner looks for, most specific first: when two rules match one value, the first one here is reported.
 *
 * <pre>{@code if (finding.rule() == ScanRule.PRIVATE_KEY_BLOCK) { ... }}</pre>
 */
public enum ScanRule {
    /** A secret or API key published in exchange documentation (known by digest). */
    EXAMPLE_SECRET("example-secret"),
    /** A PEM, OpenSSH or PGP private key block with a body ({@code -----BEGIN … PRIVATE KEY-----}). */
    PRIVATE_KEY_BLOCK("private-key-block"),
    /** An AWS access key id ({@code AKIA…}, {@code ASIA…}: 4 letters and 16 more). */
    AWS_ACCESS_KEY_ID("aws-access-key-id"),
    /** A 40-character AWS secret access key on a line that speaks of AWS or secret access keys. */
    AWS_SECRET_KEY("aws-secret-key"),
    /**
     * An exchange API key or HMAC secret: a 64-character mixed-case alphanumeric token (Binance's shape) that is
     * assigned or near binance/api/secret/key words, or a high-entropy value assigned to a name that mentions an
     * exchange (binance, bybit, okx, kucoin, kraken, coinbase …).
     */
    EXCHANGE_KEY("exchange-key"),
    /** A high-entropy value assigned to a secret-like name (secret, api key, token, password, credentials …), any file type. */
    SECRET_ASSIGNMENT("secret-assignment"),
    /** A high-entropy value in a {@code .env} file ({@code .env}, {@code .env.production}, {@code app.env}), whatever its name. */
    ENV_FILE_VALUE("env-file-value");

    private final String id;

    ScanRule(String id) {
        this.id = id;
    }

    /** The stable id printed in findings. */
    public String id() {
        return id;
    }
}
