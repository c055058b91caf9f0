package dev.signet.credentials;

import dev.signet.core.CredentialsException;
import dev.signet.core.internal.Printable;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A file to read and how messages name it. A path that came from a variable is never printed: users paste the
 * secret itself into {@code SIGNET_API_SECRET_FILE} often enough that the "path" may be the secret. A path shown is
 * escaped ({@link Printable}), so a newline or ESC in a file name cannot forge a log line.
 *
 * @param path the file
 * @param description the file as messages name it
 * @param shellWord what to put after {@code chmod 600} in a hint
 */
record NamedFile(Path path, String description, String shellWord) {
    /** A path the caller chose in code or on the command line: shown as is. */
    static NamedFile of(Path path) {
        return new NamedFile(path, Printable.escape(path.toString()), shellWord(path.toString()));
    }

    /** {@code text} as one shell word: as is when it needs no quoting, else in single quotes; escaped either way. */
    static String shellWord(String text) {
        String shown = Printable.escape(text);
        return shown.matches("[A-Za-z0-9_./+:@%=-]+") ? shown : "'" + shown.replace("'", "'\\''") + "'";
    }

    /**
     * A path read from {@code origin} (e.g. "environment variable SIGNET_API_SECRET_FILE"): shown by that name only.
     *
     * @throws CredentialsException if the text is no path at all (the text is not quoted)
     */
    static NamedFile namedBy(String origin, String pathText) {
        String description = "the file named by " + origin;
        Path path;
        try {
            path = Path.of(pathText);
        } catch (InvalidPathException e) {
            throw new CredentialsException(description + ": the value is not a file path; it must name the file, not hold the value");
        }
        String env = "environment variable ";
        String shellWord = origin.startsWith(env) && origin.indexOf(' ', env.length()) < 0
                ? "\"$" + origin.substring(env.length()) + "\"" : "<that file>";
        return new NamedFile(path, description, shellWord);
    }
}
