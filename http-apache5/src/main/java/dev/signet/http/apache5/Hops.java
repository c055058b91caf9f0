package dev.signet.http.apache5;

import dev.signet.binance.SignedRequest;
import java.net.URI;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.http.ProtocolException;

/**
 * What the classic and async hop handlers share: where a hop goes, its media type, the headers of a signed or
 * unsigned hop, and the refusal of a redirected time request.
 */
final class Hops {
    private Hops() {}

    /** The route's origin with the request's raw path and query: what the hop asks of the server it connects to. */
    static URI uri(HttpRoute route, HttpRequest request) {
        String path = request.getPath() == null || !request.getPath().startsWith("/") ? "/" : request.getPath();
        return URI.create(CallState.origin(route) + path);
    }

    /** Sets the signed path, the API key, and clears the caller's body headers (the signed body brings its own). */
    static void sign(HttpRequest hop, SignedRequest signed) {
        hop.setPath(signed.pathWithQuery());
        hop.setHeader(SignedRequest.API_KEY_HEADER, signed.apiKey());
        hop.removeHeaders(HttpHeaders.CONTENT_TYPE);
        hop.removeHeaders(HttpHeaders.CONTENT_LENGTH);
        hop.removeHeaders(HttpHeaders.TRANSFER_ENCODING);
    }

    /** The media type the hop would go out with: the caller's {@code Content-Type} header, else the body's ({@code bodyType}). */
    static String contentType(HttpRequest hop, String bodyType) {
        Header header = hop.getFirstHeader(HttpHeaders.CONTENT_TYPE);
        return header != null ? header.getValue() : bodyType;
    }

    /**
     * Null, or the failure of a time request answered {@code status}: a redirect is not followed, so the server time
     * is measured at the exchange origin or not at all. An {@link org.apache.hc.core5.http.HttpException}, which the
     * retry elements do not retry.
     */
    static ProtocolException redirectedTimeRequest(int status) {
        return status < HttpStatus.SC_REDIRECTION || status >= HttpStatus.SC_CLIENT_ERROR ? null
                : new ProtocolException("the time endpoint answered HTTP " + status + ", a redirect, which Signet does not follow: "
                        + "the server time is measured at the exchange origin only");
    }

    /** A hop that is not signed carries no API key. */
    static void unsigned(HttpRequest hop) {
        hop.removeHeaders(SignedRequest.API_KEY_HEADER);
    }
}
