package dev.signet.binance;

import dev.signet.binance.guard.RequestGuard;
import dev.signet.binance.guard.SigningPolicy;
import dev.signet.binance.internal.ParamSlots;
import dev.signet.binance.internal.Quoted;
import dev.signet.binance.internal.SentQuery;
import dev.signet.binance.internal.SignedSuffix;
import dev.signet.core.ApiKey;
import dev.signet.core.KeyedSigner;

/**
 * Signs one shape of REST request again and again without allocating: the method, path and parameter names of a
 * prototype {@link BinanceRequest}, whose values are changed in place, written with {@code recvWindow},
 * {@code timestamp} and {@code signature} into a reused buffer — exactly the bytes {@link RequestSigner#sign} sends for
 * the same values and time. Every {@link #sign()} runs the signer's guard first and refuses exactly as {@link RequestSigner}
 * does, with the same exceptions; with HMAC a signed order allocates nothing once warm (values set as ASCII or UTF-16
 * text, {@code long}s or unscaled decimals). A {@link SigningPolicy} without trading limits decides from the method,
 * path and parameter names alone, none of which a writer can change, so its first acceptance stands for the writer's
 * later orders; with trading limits, or any other guard, every order is checked.
 *
 * <p>Not thread-safe, and bound to the thread that created it (another thread's call throws
 * {@link IllegalStateException}): create one per thread. The bytes stay valid until the next {@code set} or
 * {@code sign} on this writer; send them before reusing it. A failed {@code sign()} leaves nothing to read.
 *
 * <pre>{@code
 * RequestWriter order = signer.writer(BinanceRequest.post("/api/v3/order").param("symbol", "LTCBTC").param("side", "BUY")
 *         .param("type", "LIMIT").param("timeInForce", "GTC").param("quantity", "1").param("price", "0.1").build());
 * order.set("price", 1234, 4).sign(); // ...&price=0.1234&recvWindow=...&timestamp=...&signature=...
 * HttpRequest.newBuilder(URI.create("https://api.binance.com/api/v3/order?" + order.query()))
 *         .header(SignedRequest.API_KEY_HEADER, order.apiKey().value()).POST(BodyPublishers.noBody()).build();
 * }</pre>
 */
public final class RequestWriter {
    private final RequestSigner signer;
    private final String method;
    private final String path;
    private final ParamSlots params;
    private final boolean hasBody;
    private final Thread owner = Thread.currentThread();
    private final SentQuery sent = new SentQuery(256);
    private final SignedSuffix.Scratch scratch = new SignedSuffix.Scratch();
    /** The end of the query in {@link #sent}; -1 when there is nothing signed to read. */
    private int queryLength = -1;
    private ApiKey apiKey;
    /**
     * Whether the guard decides from the method, path and names alone, which never change: a {@link SigningPolicy}
     * without trading limits (immutable, like this writer's shape). Its acceptance is then remembered.
     */
    private final boolean guardDecidesByShape;
    private boolean shapeAccepted;

    RequestWriter(RequestSigner signer, BinanceRequest prototype) {
        this.signer = signer;
        this.method = prototype.method();
        this.path = prototype.path();
        this.params = new ParamSlots(prototype.queryParams(), prototype.bodyParams());
        this.hasBody = prototype.hasBody();
        RequestGuard guard = signer.guard();
        this.guardDecidesByShape = guard instanceof SigningPolicy && ((SigningPolicy) guard).tradingLimits().isEmpty();
    }

    /**
     * Sets a text value (raw; it is percent-encoded as UTF-8 here).
     *
     * @throws IllegalArgumentException when the prototype has no parameter {@code name}, or the value has a lone
     *     surrogate (the parameter keeps its value; nothing signed before can be read)
     */
    public RequestWriter set(String name, CharSequence value) {
        if (value == null) {
            throw new NullPointerException("value of parameter " + name);
        }
        int index = index(name);
        params.newValue().encoded(value);
        params.commit(index);
        return this;
    }

    /** Sets an integral value. */
    public RequestWriter set(String name, long value) {
        int index = index(name);
        params.newValue().digits(value);
        params.commit(index);
        return this;
    }

    /**
     * Sets a decimal value {@code unscaled × 10^-scale}, written as {@code BigDecimal.valueOf(unscaled, scale)
     * .toPlainString()}: {@code set("price", 1234, 4)} sends {@code price=0.1234}.
     *
     * @throws IllegalArgumentException unless 0 ≤ scale ≤ 30
     */
    public RequestWriter set(String name, long unscaled, int scale) {
        if (scale < 0 || scale > 30) {
            throw new IllegalArgumentException("scale must be 0 to 30 digits after the point, got " + scale);
        }
        int index = index(name);
        params.newValue().decimal(unscaled, scale);
        params.commit(index);
        return this;
    }

    /**
     * Checks the request with the guard, timestamps and signs it. Read the result with {@link #bytes()},
     * {@link #queryLength()}, {@link #bodyLength()} and {@link #apiKey()}.
     *
     * @return this writer
     * @throws dev.signet.binance.guard.PermissionDeniedException or
     *     {@link dev.signet.binance.guard.TradingLimitExceededException} from the guard; nothing is signed
     * @throws IllegalStateException when the signer was closed, or when called from another thread
     */
    public RequestWriter sign() {
        checkOwner();
        queryLength = -1;
        checkGuard();
        KeyedSigner active = signer.activeSigner();
        sent.reset();
        params.write(false, sent, 0);
        int queryEnd = sent.length();
        params.write(true, sent, queryEnd);
        signer.suffix().append(sent, hasBody ? queryEnd : 0, signer.timestamp(), active.signer(), scratch);
        apiKey = active.apiKey();
        queryLength = hasBody ? queryEnd : sent.length();
        return this;
    }

    /** The buffer: the query in {@code [0, queryLength())}, then the form body in {@code [queryLength(), +bodyLength())}. */
    public byte[] bytes() {
        checkSigned();
        return sent.bytes();
    }

    /** The length of the encoded query string (without {@code ?}); 0 when empty. */
    public int queryLength() {
        checkSigned();
        return queryLength;
    }

    /** The length of the form body, which starts at {@link #queryLength()}; 0 when the request has none. */
    public int bodyLength() {
        checkSigned();
        return sent.length() - queryLength;
    }

    /** The API key for the {@link SignedRequest#API_KEY_HEADER} header: the key the last request was signed for. */
    public ApiKey apiKey() {
        checkSigned();
        return apiKey;
    }

    /** The query string as text (allocates). */
    public String query() {
        return sent.text(0, queryLength());
    }

    /** The last signed request as a {@link SignedRequest}, equal to what {@link RequestSigner#sign} returns (allocates). */
    public SignedRequest toSignedRequest() {
        int query = queryLength();
        return new SignedRequest(method, path, sent.text(0, query), sent.text(query, sent.length()), apiKey.value());
    }

    /** The HTTP method, upper case. */
    public String method() {
        return method;
    }

    /** The path. */
    public String path() {
        return path;
    }

    /** The number of parameters (query, then body), fixed by the prototype. */
    public int parameterCount() {
        return params.size();
    }

    /** The name of parameter {@code index}, in sending order. */
    public String parameterName(int index) {
        return params.name(index);
    }

    /**
     * The request with the values as they are now (allocates): what a {@link RequestGuard} that reads values, such
     * as one with trading limits, checks.
     */
    public BinanceRequest request() {
        checkOwner();
        BinanceRequest.Builder request = BinanceRequest.of(method, path);
        for (int i = 0; i < params.size(); i++) {
            if (params.inBody(i)) {
                request.bodyParam(params.name(i), params.decoded(i));
            } else {
                request.param(params.name(i), params.decoded(i));
            }
        }
        return request.build();
    }

    private void checkGuard() {
        if (!shapeAccepted) {
            signer.guard().check(this);
            shapeAccepted = guardDecidesByShape;
        }
    }

    /** The index of parameter {@code name}; what was signed is no longer readable once a value changes. */
    private int index(String name) {
        checkOwner();
        int index = params.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("this RequestWriter's request has no parameter " + Quoted.of(name) + "; its parameters are "
                    + "fixed by the prototype given to RequestSigner.writer(...)");
        }
        queryLength = -1;
        return index;
    }

    private void checkOwner() {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("a RequestWriter belongs to the thread that created it (" + owner.getName()
                    + "); create one per thread with RequestSigner.writer(...)");
        }
    }

    private void checkSigned() {
        checkOwner();
        if (queryLength < 0) {
            throw new IllegalStateException("nothing signed to read: call sign() after setting the values (a refused or failed "
                    + "sign(), or a value set since, leaves nothing)");
        }
    }

    @Override
    public String toString() {
        return "RequestWriter[" + method + " " + path + "]";
    }
}
