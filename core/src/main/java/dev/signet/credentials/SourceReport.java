package dev.signet.credentials;

/**
 * What one source of a chain gave when diagnosed: credentials (with fingerprint and age), nothing, or an error.
 * Never holds a secret; {@code signet doctor} prints these.
 *
 * <pre>{@code provider.diagnose(Clock.systemUTC(), CredentialMetadata.DEFAULT_MAX_AGE).forEach(r -> log.info("{}", r));}</pre>
 *
 * @param source the provider's description
 * @param outcome found, absent or error
 * @param detail the fingerprint and origin when found, the reason otherwise
 */
public record SourceReport(String source, Outcome outcome, String detail) {
    /** How a source fared. */
    public enum Outcome {
        /** It holds usable credentials. */
        FOUND,
        /** Nothing is configured there. */
        ABSENT,
        /** Something is configured but unusable (insecure file, refused secret, bad key). */
        ERROR
    }

    @Override
    public String toString() {
        return outcome + " " + source + ": " + detail;
    }
}
