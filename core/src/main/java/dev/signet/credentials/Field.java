package dev.signet.credentials;

import java.util.Locale;

/** The values a credentials source can hold, with their names in each source (DESIGN.md §3). */
enum Field {
    API_KEY("api-key", "apiKey"),
    API_SECRET("api-secret", "apiSecret"),
    PRIVATE_KEY_FILE("private-key", "privateKeyFile"),
    PRIVATE_KEY_PASSPHRASE("private-key-passphrase", "privateKeyPassphrase"),
    KEY_CREATED("key-created", "keyCreated");

    final String systemdName;
    final String profileName;

    Field(String systemdName, String profileName) {
        this.systemdName = systemdName;
        this.profileName = profileName;
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
