package dev.signet.http.apache5;

import dev.signet.binance.HttpRequestSigner;
import java.net.URI;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * The mark {@link WrittenCall} puts in a call's context: the URI a writer signed for (or the adapter's unsigned time
 * request), which signer's handler may send it, and whether one did.
 */
final class Written {
    static final String ATTRIBUTE = "dev.signet.http.apache5.written";
    private final HttpRequestSigner signer;
    private final URI target;
    private final boolean timeRequest;
    private volatile boolean sent;

    Written(HttpRequestSigner signer, URI target, boolean timeRequest) {
        this.signer = signer;
        this.target = target;
        this.timeRequest = timeRequest;
    }

    /** The mark in {@code context}, or null for an ordinary call. */
    static Written of(HttpContext context) {
        Object mark = context.getAttribute(ATTRIBUTE);
        return mark instanceof Written ? (Written) mark : null;
    }

    HttpRequestSigner signer() {
        return signer;
    }

    /** The full URI (origin, path, query) the request was written for. */
    URI target() {
        return target;
    }

    boolean isTimeRequest() {
        return timeRequest;
    }

    boolean sent() {
        return sent;
    }

    void markSent() {
        sent = true;
    }
}
