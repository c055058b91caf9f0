package dev.signet.http.okhttp;

import dev.signet.binance.SignedRequest;
import java.net.URI;

/**
 * What the application position tells the network position about one call (a request tag, carried by OkHttp's
 * follow-ups): the origin it was addressed to; and what the network position reports back: whether it ran, and
 * the last hop it signed.
 */
final class CallTag {
    private final SigningInterceptor owner;
    private final URI target;
    private final boolean timeRequest;
    private final boolean written;
    private volatile boolean hopSeen;
    private volatile SignedRequest lastSigned;

    private CallTag(SigningInterceptor owner, URI target, boolean timeRequest, boolean written) {
        this.owner = owner;
        this.target = target;
        this.timeRequest = timeRequest;
        this.written = written;
    }

    /** A call addressed to {@code target}. */
    static CallTag call(SigningInterceptor owner, URI target) {
        return new CallTag(owner, target, false, false);
    }

    /** The adapter's own request to the time endpoint, sent unsigned. */
    static CallTag timeRequest(SigningInterceptor owner, URI target) {
        return new CallTag(owner, target, true, false);
    }

    /** A request a {@link dev.signet.binance.RequestWriter} signed for {@code target} (its full URL), sent as it is. */
    static CallTag written(SigningInterceptor owner, URI target) {
        return new CallTag(owner, target, false, true);
    }

    SigningInterceptor owner() {
        return owner;
    }

    URI target() {
        return target;
    }

    boolean isTimeRequest() {
        return timeRequest;
    }

    boolean isWritten() {
        return written;
    }

    boolean hopSeen() {
        return hopSeen;
    }

    /** The last hop signed, or null when the last hop went unsigned. */
    SignedRequest lastSigned() {
        return lastSigned;
    }

    /** The network position saw a hop; {@code signed} is what it signed, or null. */
    void hop(SignedRequest signed) {
        hopSeen = true;
        lastSigned = signed;
    }
}
