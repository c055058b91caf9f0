package dev.signet.binance.guard;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text of {@link FileLimitStore}'s state file, one {@code key=value} per line, each ending in {@code \n}:
 * {@code version=1}, {@code day=2026-11-24} (the UTC day counted on), {@code count=17}, then one
 * {@code open.BTCUSDT=1234.5} per symbol with open notional, in symbol order. Parsing is strict: every byte must be
 * what {@link #format} would write for the values read (canonical numbers, no blank or unknown line, nothing after the
 * last line), the count at least zero, each open notional above zero and bounded. There is no checksum: it would stop
 * nobody who can write the file (the file rules let only its owner), and the write path (temp file, fsync, atomic
 * rename) leaves no torn file for it to catch.
 */
final class StateFile {
    /** Far more than any state needs (a line per symbol with open notional); bounds what a read allocates. */
    static final int MAX_BYTES = 64 * 1024;
    private static final String VERSION = "version=1";
    private static final int MAX_DIGITS = 2 * Decimals.DIGITS + 1;

    private StateFile() {}

    static byte[] format(LimitState state) {
        StringBuilder out = new StringBuilder(64).append(VERSION).append('\n')
                .append("day=").append(state.day()).append('\n')
                .append("count=").append(state.count()).append('\n');
        for (Map.Entry<String, BigDecimal> e : state.open().entrySet()) {
            out.append("open.").append(e.getKey()).append('=').append(plain(e.getValue())).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The state in {@code bytes}.
     *
     * @throws LimitStoreException naming {@code where} if anything is off
     */
    static LimitState parse(byte[] bytes, String where) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (text.isEmpty() || text.charAt(text.length() - 1) != '\n') {
            throw corrupt(where, "it does not end with a newline (truncated?)");
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length < 3 || !lines[0].equals(VERSION)) {
            throw corrupt(where, "it does not start with " + VERSION + ", day= and count= lines");
        }
        LocalDate day = day(value(lines[1], "day=", where), where);
        int count = count(value(lines[2], "count=", where), where);
        TreeMap<String, BigDecimal> open = new TreeMap<>();
        for (int i = 3; i < lines.length; i++) {
            String line = lines[i];
            int eq = line.indexOf('=');
            String symbol = line.startsWith("open.") && eq > 5 ? line.substring(5, eq) : "";
            if (!OrderReader.isSymbol(symbol) || !OrderReader.isUpperCase(symbol)) {
                throw corrupt(where, "line " + (i + 1) + " is not open.SYMBOL=NOTIONAL");
            }
            BigDecimal notional = notional(line.substring(eq + 1), where, i + 1);
            if (!open.isEmpty() && open.lastKey().compareTo(symbol) >= 0) {
                throw corrupt(where, "line " + (i + 1) + " repeats a symbol or breaks symbol order");
            }
            open.put(symbol, notional);
        }
        LimitState state = new LimitState(day, count, open);
        if (!new String(format(state), StandardCharsets.US_ASCII).equals(text)) {
            throw corrupt(where, "it is not in canonical form");
        }
        return state;
    }

    private static String value(String line, String key, String where) {
        if (!line.startsWith(key)) {
            throw corrupt(where, "a line should start with " + key);
        }
        return line.substring(key.length());
    }

    private static LocalDate day(String value, String where) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw corrupt(where, "day= is not a date");
        }
    }

    private static int count(String value, String where) {
        if (value.isEmpty() || value.length() > 10 || !digits(value)) {
            throw corrupt(where, "count= is not a number of orders (digits only, never negative)");
        }
        long count = Long.parseLong(value);
        if (count > Integer.MAX_VALUE) {
            throw corrupt(where, "count= is larger than any limit");
        }
        return (int) count;
    }

    private static BigDecimal notional(String value, String where, int line) {
        int point = value.indexOf('.');
        String whole = point < 0 ? value : value.substring(0, point);
        String fraction = point < 0 ? "" : value.substring(point + 1);
        if (whole.isEmpty() || whole.length() > MAX_DIGITS || fraction.length() > MAX_DIGITS || !digits(whole) || !digits(fraction)
                || point >= 0 && fraction.isEmpty()) {
            throw corrupt(where, "line " + line + " has an open notional that is not a plain decimal of at most " + MAX_DIGITS
                    + " digits before and after the point");
        }
        BigDecimal notional = new BigDecimal(value);
        if (notional.signum() <= 0) {
            throw corrupt(where, "line " + line + " has an open notional of zero (such lines are never written)");
        }
        return notional;
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static LimitStoreException corrupt(String where, String why) {
        return new LimitStoreException(where + " is corrupt: " + why + "; refusing to sign rather than resetting today's order "
                + "count. Check it; delete it only if you know today's count");
    }
}
