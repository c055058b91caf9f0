package dev.signet.binance.guard;

import dev.signet.binance.internal.Quoted;
import java.math.BigDecimal;

/**
 * Quantities and prices as the exchange accepts them: plain decimals of at most {@value #DIGITS} digits before and
 * {@value #DIGITS} after the point ({@code ^[0-9]{1,20}(\.[0-9]{1,20})?$}, the range its {@code -1100} error names).
 * Anything else (a sign, an exponent, {@code 1E+10000000}) is refused by one scan of at most 41 characters, before any
 * arithmetic, so no limit check can stall, overflow or build a huge message.
 */
final class Decimals {
    static final int DIGITS = 20;

    private Decimals() {}

    /** {@code value} as a decimal above zero, or a refusal naming {@code name}. */
    static BigDecimal positive(String name, String value) {
        if (!isPlain(value)) {
            throw new TradingLimitExceededException(name + " must be a plain decimal such as 0.001 (digits, at most " + DIGITS
                    + " before and " + DIGITS + " after one point; no sign or exponent), got " + Quoted.of(value) + "; nothing was signed");
        }
        BigDecimal decimal = new BigDecimal(value);
        if (decimal.signum() <= 0) {
            throw new TradingLimitExceededException(name + " must be a decimal above zero, got " + Quoted.of(value)
                    + "; nothing was signed");
        }
        return decimal;
    }

    /** Whether {@code value} is 1-20 digits, optionally a point and 1-20 more. */
    static boolean isPlain(String value) {
        int n = value.length();
        int point = value.indexOf('.');
        int whole = point < 0 ? n : point;
        if (whole < 1 || whole > DIGITS || point >= 0 && (n - point - 1 < 1 || n - point - 1 > DIGITS)) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if ((c < '0' || c > '9') && i != point) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks a limit that code configured (not one from a request): above zero and within the same bounds, so
     * arithmetic with it stays small.
     *
     * @throws IllegalArgumentException naming {@code what}
     */
    static BigDecimal configured(String what, BigDecimal value) {
        if (!inBounds(value)) {
            throw new IllegalArgumentException(what + " must be above zero with at most " + DIGITS + " digits before and "
                    + DIGITS + " after the point");
        }
        return value;
    }

    /** Whether {@code value} (e.g. from a reference-price function) is above zero and within the bounds of a request's decimals. */
    static boolean inBounds(BigDecimal value) {
        if (value == null || value.signum() <= 0) {
            return false;
        }
        BigDecimal plain = value.stripTrailingZeros();
        return plain.precision() - plain.scale() <= DIGITS && plain.scale() <= DIGITS;
    }
}
