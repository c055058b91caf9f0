package dev.signet.core;

/** A secret or key file that others can read, or that another user owns; the message names the path, mode and fix. */
public class InsecureFilePermissionsException extends CredentialsException {
    private static final long serialVersionUID = 1L;

    /** @param message names the path, the mode (e.g. {@code 0644}) and the fix ({@code chmod 600 <path>}) */
    public InsecureFilePermissionsException(String message) {
        super(message);
    }
}
