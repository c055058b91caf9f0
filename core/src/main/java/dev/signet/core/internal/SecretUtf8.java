package dev.signet.core.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * UTF-8 conversions of secret text through buffers sized once, owned here and wiped: {@code Charset.decode} and
 * {@code String.getBytes} grow buffers they never wipe, and a String cannot be wiped at all.
 */
public final class SecretUtf8 {
    private SecretUtf8() {}

    /**
     * The characters of UTF-8 {@code bytes}; the caller wipes them.
     *
     * @throws CharacterCodingException if the bytes are not UTF-8 (the exception names no byte)
     */
    public static char[] decode(byte[] bytes) throws CharacterCodingException {
        return decode(bytes, CharBuffer.allocate(bytes.length)); // UTF-8 never has more chars than bytes
    }

    /** {@link #decode(byte[])} through {@code decoded}, which is wiped before returning (a seam for tests). */
    static char[] decode(byte[] bytes, CharBuffer decoded) throws CharacterCodingException {
        try {
            CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes), decoded, true);
            if (result.isError()) {
                throw new CharacterCodingException();
            }
            return Arrays.copyOf(decoded.array(), decoded.position());
        } finally {
            Arrays.fill(decoded.array(), '\0');
        }
    }

    /** The UTF-8 bytes of {@code len} characters of {@code chars} from {@code off}; the caller wipes them. */
    public static byte[] encode(char[] chars, int off, int len) {
        // at most three bytes per char; a pair of surrogates takes four
        return encode(chars, off, len, ByteBuffer.allocate(3 * len));
    }

    /** {@link #encode(char[], int, int)} through {@code encoded}, which is wiped before returning (a seam for tests). */
    static byte[] encode(char[] chars, int off, int len, ByteBuffer encoded) {
        try {
            StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).encode(CharBuffer.wrap(chars, off, len), encoded, true);
            return Arrays.copyOf(encoded.array(), encoded.position());
        } finally {
            Arrays.fill(encoded.array(), (byte) 0);
        }
    }
}
