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

    /**
     * The source as it is now, for one resolve: a source backed by a file it parses (a profile) reads it once
     * here, so the fields of one resolve never come from two versions of the file.
     */
    default CredentialSource snapshot() {
        return this;
    }
}
