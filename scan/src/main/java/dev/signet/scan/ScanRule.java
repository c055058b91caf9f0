package dev.signet.scan;

/**
 * What the scanner looks for, most specific first.
 *
 * <pre>{@code if (finding.rule() == ScanRule.PRIVATE_KEY_BLOCK) { ... }}</pre>
 */
public enum ScanRule {
    /** A secret or API key published in exchange documentation (known by digest). */
    EXAMPLE_SECRET("example-secret"),
    /** A PEM or OpenSSH private key block ({@code -----BEGIN … PRIVATE KEY-----}). */
    PRIVATE_KEY_BLOCK("private-key-block"),
    /** A 64-character mixed-case alphanumeric token near binance/bnb/mbx/api/secret/key. */
    EXCHANGE_KEY("exchange-key"),
    /** A high-entropy string literal assigned to a secret-like name. */
    SECRET_ASSIGNMENT("secret-assignment");

    private final String id;

    ScanRule(String id) {
        this.id = id;
    }

    /** The stable id printed in findings. */
    public String id() {
        return id;
    }
}
