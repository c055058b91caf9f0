package dev.signet.keys.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Wiping key material, and passphrases as UTF-8 bytes without a String. */
final class Wipe {
    private Wipe() {}

    /** Zeroes {@code bytes}; null is ignored. */
    static void bytes(byte[] bytes) {
        if (bytes != null) {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** The passphrase's UTF-8 bytes; the caller wipes them. */
    static byte[] utf8(char[] passphrase) {
        // sized for the worst case (3 bytes per char) so the encoder never moves the bytes to a buffer we cannot wipe
        return utf8(passphrase, ByteBuffer.allocate(3 * passphrase.length));
    }

    /** {@link #utf8(char[])} encoding through {@code encoded}, which is wiped before returning (a seam for tests). */
    static byte[] utf8(char[] passphrase, ByteBuffer encoded) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        encoder.encode(CharBuffer.wrap(passphrase), encoded, true);
        encoder.flush(encoded);
        byte[] bytes = Arrays.copyOf(encoded.array(), encoded.position());
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }
}
