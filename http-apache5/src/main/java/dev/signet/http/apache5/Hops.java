package dev.signet.http.apache5;

import dev.signet.binance.SignedRequest;
import java.net.URI;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpRequest;

/** What the classic and async hop handlers share: where a hop goes, and the headers of a signed or unsigned hop. */
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

    /** A hop that is not signed carries no API key. */
    static void unsigned(HttpRequest hop) {
        hop.removeHeaders(SignedRequest.API_KEY_HEADER);
    }
}
