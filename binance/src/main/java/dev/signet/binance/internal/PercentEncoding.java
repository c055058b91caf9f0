package dev.signet.binance.internal;

/**
 * RFC 3986 percent-encoding of UTF-8, as the exchange requires before signing: unreserved characters
 * ({@code A-Z a-z 0-9 - . _ ~}) are kept, every other byte becomes {@code %XX} in uppercase hex, space is
 * {@code %20}. Give raw values: an already-encoded {@code %41} is encoded again to {@code %2541}.
 *
 * <pre>{@code PercentEncoding.encode("１２３") // "%EF%BC%91%EF%BC%92%EF%BC%93"}</pre>
 */
public final class PercentEncoding {
    private PercentEncoding() {}

    /** The encoded form of {@code value}. */
    public static String encode(CharSequence value) {
        SentQuery out = new SentQuery(value.length() + 16);
        out.encoded(value);
        return out.text(0, out.length());
    }

    /** Whether {@code c} is an RFC 3986 unreserved character. */
    public static boolean isUnreserved(char c) {
        return SentQuery.isUnreserved(c);
    }
}
