package dev.signet.keys.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The first PEM block in a file, parsed from bytes so the base64 body (key material) never becomes a String:
 * its label, RFC 1421 headers ({@code Proc-Type}, {@code DEK-Info}) and decoded DER. A file with more than one
 * private-key block is refused.
 *
 * @param label the text between {@code -----BEGIN } and {@code -----}
 * @param headers header lines before the body
 * @param der the decoded body; the caller wipes it
 */
public record PemDocument(String label, Map<String, String> headers, byte[] der) {
    private static final byte[] BEGIN = "-----BEGIN ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DASHES = "-----".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PRIVATE_KEY = "PRIVATE KEY".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_LABEL = 40;

    /**
     * The first PEM block in {@code content}, or empty if there is none.
     *
     * @throws IllegalArgumentException if the block is malformed, or the file holds more than one private-key block
     */
    public static Optional<PemDocument> parse(byte[] content) {
        int begin = indexOf(content, BEGIN, 0);
        if (begin < 0) {
            return Optional.empty();
        }
        int labelStart = begin + BEGIN.length;
        int labelEnd = indexOf(content, DASHES, labelStart);
        if (labelEnd < 0 || !isLabel(content, labelStart, labelEnd)) {
            // never quote what follows BEGIN: without the closing dashes it runs on into the key
            throw new IllegalArgumentException("PEM BEGIN line is malformed: expected '-----BEGIN <LABEL>-----' on one line, "
                    + "with a label of A-Z, 0-9 and spaces");
        }
        String label = new String(content, labelStart, labelEnd - labelStart, StandardCharsets.US_ASCII);
        byte[] end = ("-----END " + label + "-----").getBytes(StandardCharsets.US_ASCII);
        int bodyStart = labelEnd + DASHES.length;
        int bodyEnd = indexOf(content, end, bodyStart);
        if (bodyEnd < 0) {
            throw new IllegalArgumentException("PEM block '" + label + "' has no END line: the file is truncated");
        }
        int privateKeys = privateKeyBlocks(content);
        if (privateKeys > 1) {
            throw new IllegalArgumentException("the file holds " + privateKeys + " private-key PEM blocks; Signet reads files with "
                    + "exactly one, so it cannot know which to use. Put each key in its own file and name that file");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        int pos = skipLineBreak(content, bodyStart);
        while (true) {
            int lineEnd = lineEnd(content, pos, bodyEnd);
            int colon = indexOf(content, new byte[] {':'}, pos);
            if (colon < 0 || colon >= lineEnd) {
                break;
            }
            headers.put(ascii(content, pos, colon).strip(), ascii(content, colon + 1, lineEnd).strip());
            pos = skipLineBreak(content, lineEnd);
        }
        byte[] base64 = new byte[bodyEnd - pos];
        int n = 0;
        for (int i = pos; i < bodyEnd; i++) {
            byte b = content[i];
            if (b != '\n' && b != '\r' && b != ' ' && b != '\t') {
                base64[n++] = b;
            }
        }
        try {
            return Optional.of(new PemDocument(label, headers, decodeBase64(base64, n)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("PEM block '" + label + "' has a body that is not valid base64");
        } finally {
            Arrays.fill(base64, (byte) 0);
        }
    }

    /** Decodes the first {@code n} bytes without leaving an unwiped copy of the base64 text behind. */
    private static byte[] decodeBase64(byte[] base64, int n) {
        return exactBytes(Base64.getDecoder().decode(ByteBuffer.wrap(base64, 0, n)));
    }

    /**
     * The remaining bytes of {@code decoded}: its own array when that holds exactly them (no second copy of the key),
     * else a copy, with the array wiped. Package-private so a test can give it the buffer the JDK's decoder does not
     * return today (one with room to spare).
     */
    static byte[] exactBytes(ByteBuffer decoded) {
        byte[] buffer = decoded.array();
        if (decoded.arrayOffset() == 0 && decoded.position() == 0 && decoded.limit() == buffer.length) {
            return buffer;
        }
        byte[] der = new byte[decoded.remaining()];
        decoded.get(der);
        Arrays.fill(buffer, (byte) 0);
        return der;
    }

    /** How many {@code -----BEGIN ... PRIVATE KEY-----} lines {@code content} holds. */
    private static int privateKeyBlocks(byte[] content) {
        int count = 0;
        for (int begin = indexOf(content, BEGIN, 0); begin >= 0; begin = indexOf(content, BEGIN, begin + BEGIN.length)) {
            int labelStart = begin + BEGIN.length;
            int labelEnd = indexOf(content, DASHES, labelStart);
            if (labelEnd >= 0 && isLabel(content, labelStart, labelEnd) && endsWith(content, labelEnd, PRIVATE_KEY)) {
                count++;
            }
        }
        return count;
    }

    private static boolean endsWith(byte[] b, int to, byte[] suffix) {
        return to >= suffix.length && Arrays.equals(b, to - suffix.length, to, suffix, 0, suffix.length);
    }

    private static boolean isLabel(byte[] b, int from, int to) {
        if (to <= from || to - from > MAX_LABEL) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!(b[i] >= 'A' && b[i] <= 'Z' || b[i] >= '0' && b[i] <= '9' || b[i] == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.US_ASCII);
    }

    private static int lineEnd(byte[] b, int from, int limit) {
        int i = from;
        while (i < limit && b[i] != '\n' && b[i] != '\r') {
            i++;
        }
        return i;
    }

    private static int skipLineBreak(byte[] b, int from) {
        int i = from;
        if (i < b.length && b[i] == '\r') {
            i++;
        }
        if (i < b.length && b[i] == '\n') {
            i++;
        }
        return i;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
