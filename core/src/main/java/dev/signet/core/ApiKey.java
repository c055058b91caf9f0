package dev.signet.core;

import java.util.Objects;

/**
 * The exchange's public API key identifier (sent in {@code X-MBX-APIKEY}). Not a secret, but printed abbreviated:
 * {@code vmPU…Eh8A}.
 *
 * <pre>{@code request.header("X-MBX-APIKEY", credentials.apiKey().value());}</pre>
 */
public final class ApiKey {
    private static final int SHOWN = 4;
    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    /**
     * An API key.
     *
     * @throws IllegalArgumentException if empty or containing whitespace or control characters
     */
    public static ApiKey of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            throw new IllegalArgumentException("an API key must be non-empty with no whitespace or control characters");
        }
        return new ApiKey(value);
    }

    /** The full identifier, for the request header. */
    public String value() {
        return value;
    }

    /** First four and last four characters, {@code vmPU…Eh8A}; shorter keys show only {@code …}. */
    public String abbreviated() {
        return value.length() < 3 * SHOWN ? "…" : value.substring(0, SHOWN) + "…" + value.substring(value.length() - SHOWN);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey && value.equals(((ApiKey) other).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return abbreviated();
    }
}
