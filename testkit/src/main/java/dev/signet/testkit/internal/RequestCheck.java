package dev.signet.testkit.internal;

import dev.signet.binance.internal.FormEncoding;
import dev.signet.core.Verifier;
import dev.signet.testkit.ExchangeError;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The exchange's checks on a signed request: mandatory parameters, the signature over query + body with the
 * {@code signature} parameter removed, and {@code timestamp} within {@code recvWindow} of the server clock.
 */
public final class RequestCheck {
    private static final long DEFAULT_RECV_WINDOW_MS = 5000;
    private static final long MAX_RECV_WINDOW_MS = 60000;
    private static final long ALLOWED_CLOCK_AHEAD_MS = 1000;
    private static final String SIGNATURE = "signature=";

    private RequestCheck() {}

    /** The first error the exchange would answer, or empty when the request passes. */
    public static Optional<ExchangeError> check(String rawQuery, String body, Verifier verifier, long serverMillis) {
        Map<String, String> params = new LinkedHashMap<>();
        try {
            FormEncoding.decode(rawQuery).forEach(p -> params.putIfAbsent(p.getKey(), p.getValue()));
            FormEncoding.decode(body).forEach(p -> params.putIfAbsent(p.getKey(), p.getValue()));
        } catch (IllegalArgumentException malformed) {
            return Optional.of(ExchangeError.ILLEGAL_CHARS);
        }
        String signature = params.get("signature");
        if (signature == null || signature.isEmpty() || !params.containsKey("timestamp")) {
            return Optional.of(ExchangeError.MANDATORY_PARAM_MISSING);
        }
        String payload = withoutSignature(rawQuery) + withoutSignature(body);
        if (!verifier.verify(payload.getBytes(StandardCharsets.US_ASCII), decode(verifier, signature))) {
            return Optional.of(ExchangeError.BAD_SIGNATURE);
        }
        return checkTimestamp(params.get("timestamp"), params.get("recvWindow"), serverMillis);
    }

    private static Optional<ExchangeError> checkTimestamp(String timestamp, String recvWindow, long serverMillis) {
        long ts;
        BigDecimal window;
        try {
            ts = Long.parseLong(asciiNumber(timestamp, false));
            window = recvWindow == null ? BigDecimal.valueOf(DEFAULT_RECV_WINDOW_MS) : new BigDecimal(asciiNumber(recvWindow, true));
        } catch (NumberFormatException e) {
            return Optional.of(ExchangeError.MANDATORY_PARAM_MISSING);
        }
        if (window.signum() <= 0 || window.compareTo(BigDecimal.valueOf(MAX_RECV_WINDOW_MS)) > 0) {
            return Optional.of(ExchangeError.MANDATORY_PARAM_MISSING);
        }
        long tsMillis = timestamp.length() >= 16 ? ts / 1000 : ts; // microsecond timestamps have 16 digits
        boolean tooOld = BigDecimal.valueOf(serverMillis - tsMillis).compareTo(window) > 0;
        boolean tooNew = tsMillis > serverMillis + ALLOWED_CLOCK_AHEAD_MS;
        return tooOld || tooNew ? Optional.of(ExchangeError.TIMESTAMP_OUTSIDE_RECV_WINDOW) : Optional.empty();
    }

    /**
     * {@code text} if it is ASCII digits (with one inner point when {@code decimal}), as the exchange reads numbers;
     * {@code Long.parseLong} and {@code BigDecimal} also take other scripts' digits and signs.
     */
    private static String asciiNumber(String text, boolean decimal) {
        int point = decimal ? text.indexOf('.') : -1;
        if (!asciiDigits(text, 0, point < 0 ? text.length() : point) || point >= 0 && !asciiDigits(text, point + 1, text.length())) {
            throw new NumberFormatException("not ASCII digits");
        }
        return text;
    }

    private static boolean asciiDigits(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static byte[] decode(Verifier verifier, String signature) {
        try {
            return verifier.algorithm().decode(signature);
        } catch (IllegalArgumentException malformed) {
            return new byte[0];
        }
    }

    /** The raw string with its {@code signature=…} pair removed, as the exchange recomputes it. */
    static String withoutSignature(String raw) {
        int at = raw.startsWith(SIGNATURE) ? 0 : raw.indexOf("&" + SIGNATURE);
        if (at < 0) {
            return raw;
        }
        int end = raw.indexOf('&', at + 1);
        String before = raw.substring(0, at);
        return end < 0 ? before : before + (at == 0 ? raw.substring(end + 1) : raw.substring(end));
    }
}
