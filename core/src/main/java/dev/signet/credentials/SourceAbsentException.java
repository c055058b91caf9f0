package dev.signet.credentials;

import dev.signet.core.CredentialsException;

/** A source holds no credentials at all (nothing set), so a chain moves on to the next one. */
final class SourceAbsentException extends CredentialsException {
    private static final long serialVersionUID = 1L;

    SourceAbsentException(String message) {
        super(message);
    }
}
