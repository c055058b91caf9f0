package dev.signet.credentials;

import java.util.Locale;

/** The values a credentials source can hold, with their names in each source (DESIGN.md §3). */
enum Field {
    API_KEY("api-key", "apiKey", false),
    API_SECRET("api-secret", "apiSecret", true),
    PRIVATE_KEY_FILE("private-key", "privateKeyFile", false),
    PRIVATE_KEY_PASSPHRASE("private-key-passphrase", "privateKeyPassphrase", true),
    /** A key that stays in a PKCS#11 token: {@code pkcs11:token=…;object=…} (RFC 7512). */
    PRIVATE_KEY_URI("private-key-uri", "privateKeyUri", false),
    PKCS11_PIN("pkcs11-pin", "pkcs11Pin", true),
    /** The PKCS#11 library for URIs without {@code module-path}. */
    PKCS11_MODULE("pkcs11-module", "pkcs11Module", false),
    KEY_CREATED("key-created", "keyCreated", false);

    final String systemdName;
    final String profileName;
    /** Whether a profile may not hold the value inline (it is a secret). */
    final boolean secret;

    Field(String systemdName, String profileName, boolean secret) {
        this.systemdName = systemdName;
        this.profileName = profileName;
        this.secret = secret;
    }

    /** {@code P_API_KEY}. */
    String variable(String prefix) {
        return prefix + "_" + name();
    }

    /** {@code p.api.key}. */
    String property(String prefix) {
        return (prefix + "." + name()).toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
