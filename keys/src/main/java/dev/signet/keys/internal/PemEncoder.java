package dev.signet.keys.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/** Writes a PEM block as bytes (64-character lines, {@code \n}), so a private key never passes through a String. */
public final class PemEncoder {
    private PemEncoder() {}

    /** {@code -----BEGIN type-----}, the base64 of {@code der}, {@code -----END type-----}; the caller wipes the result. */
    public static byte[] encode(String type, byte[] der) {
        byte[] begin = ("-----BEGIN " + type + "-----\n").getBytes(StandardCharsets.US_ASCII);
        byte[] end = ("\n-----END " + type + "-----\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encode(der);
        try {
            byte[] pem = Arrays.copyOf(begin, begin.length + body.length + end.length);
            System.arraycopy(body, 0, pem, begin.length, body.length);
            System.arraycopy(end, 0, pem, begin.length + body.length, end.length);
            return pem;
        } finally {
            Arrays.fill(body, (byte) 0);
        }
    }
}
