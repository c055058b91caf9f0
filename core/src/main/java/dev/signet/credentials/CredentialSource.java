package dev.signet.credentials;

import java.util.Optional;

/** A place values are looked up by {@link Field}; each provider adapts its source to this. */
interface CredentialSource {
    /** The value, if the source holds it. */
    Optional<RawValue> find(Field field);

    /** How the user names {@code field} in this source, e.g. {@code BINANCE_API_SECRET}. */
    String nameOf(Field field);

    /** The source, for messages: {@code environment variables BINANCE_*}. */
    String description();
}
