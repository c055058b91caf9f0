package dev.signet.scan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Private key blocks: a {@code -----BEGIN … PRIVATE KEY-----} line (PEM, OpenSSH, PGP, encrypted) up to its
 * {@code -----END}, or within one line when a JSON string holds it with {@code \n} escapes. A block reports only when
 * it has a body of at least 64 base64 characters: documentation that shows the markers around "…" is no key.
 */
final class PrivateKeyBlocks {
    private static final Pattern BEGIN = Pattern.compile("-----BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----");
    private static final Pattern ESCAPED_NEWLINES = Pattern.compile("\\\\[nr]");
    private static final int MAX_LINES = 200;
    private static final int MIN_BODY = 64;

    private PrivateKeyBlocks() {}

    /**
     * A block opened on {@code lines[start]}.
     *
     * @param lastLine the index of the block's last line
     * @param fingerprint the block text's fingerprint
     */
    record Block(int lastLine, String fingerprint) {}

    /** The key block that opens on {@code lines[start]}, or null if none does (or it has no body, or is allowed). */
    static Block at(String[] lines, int start) {
        String first = lines[start];
        if (first.contains(LineRules.ALLOW_MARKER) || first.indexOf("-----BEGIN") < 0) {
            return null;
        }
        Matcher begin = BEGIN.matcher(first);
        if (!begin.find()) {
            return null;
        }
        StringBuilder block = new StringBuilder();
        StringBuilder body = new StringBuilder(first.substring(begin.end()));
        int last = start;
        block.append(first).append('\n');
        while (body.indexOf("-----END") < 0 && last + 1 < lines.length && last - start < MAX_LINES) {
            last++;
            block.append(lines[last]).append('\n');
            body.append('\n').append(lines[last]);
        }
        int end = body.indexOf("-----END");
        String content = ESCAPED_NEWLINES.matcher(end < 0 ? body : body.substring(0, end)).replaceAll("\n");
        return base64Characters(content) >= MIN_BODY ? new Block(last, LineRules.fingerprint(block.toString())) : null;
    }

    private static int base64Characters(String content) {
        int count = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/') {
                count++;
            }
        }
        return count;
    }
}
