package dev.signet.binance;

import dev.signet.binance.guard.RequestGuard;
import dev.signet.binance.guard.SigningPolicy;
import dev.signet.binance.internal.SentQuery;
import dev.signet.binance.internal.SignedSuffix;
import dev.signet.core.KeyedSigner;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs REST requests the way the exchange checks them: values percent-encoded (RFC 3986, UTF-8), then
 * {@code recvWindow} (only when configured) and {@code timestamp} appended to the body if the request has one,
 * else to the query; the signature is computed over {@code query + body} exactly as sent and appended last
 * (hex for HMAC, percent-encoded base64 for Ed25519/RSA). Before anything is signed the guard checks the request:
 * {@link SigningPolicy#defaults()} (READ and SPOT_TRADE; no withdrawals, transfers or unknown endpoints) unless code
 * passes another. Immutable and thread-safe.
 *
 * <pre>{@code
 * RequestSigner signer = RequestSigner.builder().keyedSigner(KeyedSigner.of(credentials)).build();
 * SignedRequest signed = signer.sign(BinanceRequest.get("/api/v3/account").build());
 * }</pre>
 */
public final class RequestSigner {
    private static final Logger LOG = LoggerFactory.getLogger(RequestSigner.class);
    private static final BigDecimal MAX_RECV_WINDOW = BigDecimal.valueOf(60_000);

    private final Supplier<KeyedSigner> keyedSigner;
    private final ServerTimeOffset time;
    /** recvWindow (when configured), timestamp and signature. */
    private final SignedSuffix suffix;
    private final TimestampUnit timestampUnit;
    private final RequestGuard guard;

    private RequestSigner(Builder b) {
        this.keyedSigner = b.requiredKeyedSigner();
        this.time = b.time;
        this.suffix = new SignedSuffix(b.recvWindow == null ? null : "recvWindow=" + b.recvWindow.toPlainString());
        this.timestampUnit = b.timestampUnit;
        this.guard = b.guard;
        warnIfUnguarded(guard, "RequestSigner");
    }

    /** Logs that a signer signs everything: the one way to turn the guard off is visible in the bot's log. */
    static void warnIfUnguarded(RequestGuard guard, String signer) {
        if (guard == RequestGuard.unguarded()) {
            LOG.warn("{} built with RequestGuard.unguarded(): it signs every request, withdrawals and transfers included", signer);
        }
    }

    /**
     * A builder: the system UTC clock with no server offset, no recvWindow, millisecond timestamps, and the guard
     * {@link SigningPolicy#defaults()}.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Signs {@code request}: checks it with the guard (nothing is signed if it refuses), appends recvWindow,
     * timestamp and signature.
     *
     * @throws dev.signet.binance.guard.PermissionDeniedException or {@link dev.signet.binance.guard.TradingLimitExceededException}
     *     from the guard
     */
    public SignedRequest sign(BinanceRequest request) {
        guard.check(request);
        KeyedSigner active = keyedSigner.get();
        SentQuery sent = new SentQuery(256);
        encode(request.queryParams(), sent, 0);
        int queryEnd = sent.length();
        encode(request.bodyParams(), sent, queryEnd);
        suffix.append(sent, request.hasBody() ? queryEnd : 0, timestamp(), active.signer(), new SignedSuffix.Scratch());
        if (!request.hasBody()) {
            queryEnd = sent.length();
        }
        return new SignedRequest(request.method(), request.path(), sent.text(0, queryEnd), sent.text(queryEnd, sent.length()),
                active.apiKey().value());
    }

    /**
     * A writer that signs requests shaped like {@code prototype} — same method, path and parameter names in the same
     * order, values changed in place — into a reused buffer, allocating nothing once warm. It applies this signer's
     * key source, clock, recvWindow and guard to every request, and writes exactly the bytes {@link #sign} would
     * send. It belongs to the calling thread: create one per thread.
     *
     * @throws IllegalArgumentException when a parameter name appears twice in {@code prototype}
     */
    public RequestWriter writer(BinanceRequest prototype) {
        return new RequestWriter(this, prototype);
    }

    /** The guard run before anything is signed. */
    RequestGuard guard() {
        return guard;
    }

    /** The active key and signer for the next request. */
    KeyedSigner activeSigner() {
        return keyedSigner.get();
    }

    /** What is appended after the parameters. */
    SignedSuffix suffix() {
        return suffix;
    }

    /** The timestamp for a request signed now, in the configured unit. */
    long timestamp() {
        return timestampUnit == TimestampUnit.MICROSECONDS ? time.currentTimeMicros() : time.currentTimeMillis();
    }

    /** The server-time offset timestamps are taken from (HTTP adapters correct it when the exchange answers -1021). */
    public ServerTimeOffset serverTimeOffset() {
        return time;
    }

    /** Appends {@code params}, encoded, to the part of {@code out} that starts at {@code partStart}. */
    private static void encode(List<Map.Entry<String, String>> params, SentQuery out, int partStart) {
        for (Map.Entry<String, String> p : params) {
            out.separate(partStart);
            out.name(p.getKey());
            out.encoded(p.getValue());
        }
    }

    /** Configures a {@link RequestSigner}. */
    public static final class Builder extends SignerSettings<Builder> {
        private BigDecimal recvWindow;
        private TimestampUnit timestampUnit = TimestampUnit.MILLISECONDS;

        private Builder() {}

        /**
         * Sends {@code recvWindow} in milliseconds; without it the exchange assumes 5000.
         *
         * @throws IllegalArgumentException unless 0 &lt; window ≤ 60000 with at most 3 decimals
         */
        public Builder recvWindow(BigDecimal millis) {
            if (millis.signum() <= 0 || millis.compareTo(MAX_RECV_WINDOW) > 0 || millis.stripTrailingZeros().scale() > 3) {
                throw new IllegalArgumentException("recvWindow must be > 0 and <= 60000 ms with at most 3 decimals, got "
                        + millis.toPlainString());
            }
            this.recvWindow = millis.scale() < 0 ? millis.setScale(0) : millis;
            return this;
        }

        /** Sends {@code recvWindow} in whole milliseconds. */
        public Builder recvWindowMillis(long millis) {
            return recvWindow(BigDecimal.valueOf(millis));
        }

        /** Milliseconds (default) or microseconds. */
        public Builder timestampUnit(TimestampUnit unit) {
            this.timestampUnit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /** The signer. */
        public RequestSigner build() {
            return new RequestSigner(this);
        }
    }
}
