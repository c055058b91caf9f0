package dev.signet.binance.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decodes {@code k=v&k=v} query strings and form bodies into raw values, in order, duplicates kept: percent
 * escapes as UTF-8 and {@code +} as a space (form encoding; a literal plus arrives as {@code %2B}). Strict: raw
 * non-ASCII, control characters and broken escapes are refused, as the exchange refuses them.
 *
 * <pre>{@code List<Map.Entry<String, String>> params = FormEncoding.decode("symbol=BTCUSDT&side=BUY");}</pre>
 */
public final class FormEncoding {
    private FormEncoding() {}

    /**
     * The decoded pairs.
     *
     * @throws IllegalArgumentException on a malformed escape, raw non-ASCII or a control character
     */
    public static List<Map.Entry<String, String>> decode(String raw) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            params.add(Map.entry(component(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : component(pair.substring(eq + 1))));
        }
        return params;
    }

    /** Decodes one component. */
    public static String component(String encoded) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c > 0x7e || c < 0x20) {
                throw new IllegalArgumentException("raw non-ASCII or control character in parameters; percent-encode it");
            }
            if (c == '%') {
                int hi = i + 2 < encoded.length() ? hexDigit(encoded.charAt(i + 1)) : -1;
                int lo = hi < 0 ? -1 : hexDigit(encoded.charAt(i + 2));
                if (lo < 0) {
                    throw new IllegalArgumentException("malformed percent escape in parameters");
                }
                out.write(hi << 4 | lo);
                i += 2;
            } else {
                out.write(c == '+' ? ' ' : c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("percent escapes in parameters are not valid UTF-8; re-sending them would change the value");
        }
    }

    /** The value of an ASCII hex digit, or -1 (not {@link Character#digit}, which accepts other scripts' digits). */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        char lower = (char) (c | 0x20);
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }
}
