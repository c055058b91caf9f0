package dev.signet.http.apache5;

import dev.signet.binance.SignedRequest;
import dev.signet.binance.SigningRefusedException;
import java.net.URI;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.HttpHost;

/**
 * One call through a Signet-equipped client, shared by the two handlers {@code installOn} adds: the call handler
 * (first in the chain) starts it with the origin the client connects to for the first hop; the hop handler (before
 * the protocol element, so once per redirect hop and per retry) reads that origin and reports the last hop it
 * signed. Kept in the call's context under the exchange id, so two requests sharing one context cannot mix.
 */
final class CallState {
    private static final String ATTRIBUTE = "dev.signet.http.apache5.call";
    private final String exchangeId;
    private final URI target;
    private volatile boolean timeRequest;
    private volatile SignedRequest lastSigned;
    private volatile Object formSource;
    private volatile String form;

    private CallState(String exchangeId, URI target) {
        this.exchangeId = exchangeId;
        this.target = target;
    }

    /** Starts a call whose first hop takes {@code route}. */
    static CallState begin(String exchangeId, HttpRoute route, HttpClientContext context) {
        CallState state = new CallState(exchangeId, origin(route));
        context.setAttribute(ATTRIBUTE, state);
        return state;
    }

    /**
     * The call a hop belongs to.
     *
     * @throws SigningRefusedException when the context holds another call's state (one context used by two
     *     requests at once) or none
     */
    static CallState of(String exchangeId, HttpClientContext context) throws SigningRefusedException {
        Object state = context.getAttribute(ATTRIBUTE);
        if (!(state instanceof CallState) || !((CallState) state).exchangeId.equals(exchangeId)) {
            throw new SigningRefusedException("not sending request " + exchangeId + ": its HttpClientContext is in use by another "
                    + "request; give each concurrent request its own context");
        }
        return (CallState) state;
    }

    /** {@code scheme://host:port} of the route's target: where the client connects, whatever the request's URI says. */
    static URI origin(HttpRoute route) {
        HttpHost target = route.getTargetHost();
        return URI.create(target.getSchemeName() + "://" + (target.getHostName().contains(":") ? "[" + target.getHostName() + "]"
                : target.getHostName()) + (target.getPort() < 0 ? "" : ":" + target.getPort()));
    }

    /** The origin the call's first hop connects to. */
    URI target() {
        return target;
    }

    boolean isTimeRequest() {
        return timeRequest;
    }

    /** While true, hops belong to the adapter's own time-endpoint request and go unsigned. */
    void timeRequest(boolean inFlight) {
        timeRequest = inFlight;
    }

    /** The last hop signed, or null when the last hop went unsigned. */
    SignedRequest lastSigned() {
        return lastSigned;
    }

    void hop(SignedRequest signed) {
        lastSigned = signed;
    }

    /** The form read from {@code source} earlier in this call, or null. */
    String formReadFrom(Object source) {
        return formSource == source ? form : null;
    }

    void formRead(Object source, String text) {
        form = text;
        formSource = source;
    }
}
