package dev.signet.pkcs11.internal;

import dev.signet.core.CredentialsException;
import dev.signet.core.internal.SecretUtf8;
import dev.signet.credentials.SecretFileReader;
import dev.signet.pkcs11.Pkcs11Uri;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Arrays;

/** The PIN for one login: the caller's, or the file the URI's {@code pin-source} names; never both. */
final class Pins {
    private Pins() {}

    /** A PIN and where it came from; {@link #close()} wipes it. */
    static final class Pin implements AutoCloseable {
        private final char[] chars;
        private final String origin;

        private Pin(char[] chars, String origin) {
            this.chars = chars;
            this.origin = origin;
        }

        /** The PIN's characters, or null for none; valid until {@link #close()}. */
        char[] chars() {
            return chars;
        }

        String origin() {
            return origin;
        }

        @Override
        public void close() {
            if (chars != null) {
                Arrays.fill(chars, '\0');
            }
        }
    }

    /**
     * The PIN for {@code uri}: a copy of {@code given}, or the content of the URI's {@code pin-source} file read under
     * the same rules as every secret file (owner-only, at most 1 MiB), or none.
     */
    static Pin resolve(Pkcs11Uri uri, char[] given, String givenOrigin) {
        if (given != null && uri.pinSource().isPresent()) {
            throw new CredentialsException("the PIN is given twice, by " + givenOrigin + " and by the URI's pin-source; keep one");
        }
        if (given != null) {
            return checked(given.clone(), givenOrigin);
        }
        if (uri.pinSource().isEmpty()) {
            return new Pin(null, "nowhere");
        }
        Path file = uri.pinSource().get();
        byte[] bytes = SecretFileReader.create().readSecret(file);
        try {
            return checked(SecretUtf8.decode(bytes), "pin-source " + Quoted.quote(file.toString()));
        } catch (CharacterCodingException e) {
            throw new CredentialsException("the PIN file " + Quoted.quote(file.toString()) + " is not UTF-8");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static Pin checked(char[] chars, String origin) {
        Pin pin = new Pin(chars, origin);
        if (chars.length == 0) {
            throw new CredentialsException("the PIN from " + origin + " is empty");
        }
        for (char c : chars) {
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                pin.close();
                throw new CredentialsException("the PIN from " + origin + " holds whitespace or a control character; "
                        + "write the PIN alone (one trailing newline is allowed in a file)");
            }
        }
        return pin;
    }
}
