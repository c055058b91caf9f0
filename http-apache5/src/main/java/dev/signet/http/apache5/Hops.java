package dev.signet.http.apache5;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.SignedRequest;
import dev.signet.binance.SigningRefusedException;
import java.net.URI;
import java.util.Objects;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.http.ProtocolException;
import org.apache.hc.core5.http.protocol.HttpContext;

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

    /**
     * The {@link Written} mark of a hop sent by {@link SigningExecHandler#execute}, after checking that it is this
     * signer's and that the hop goes exactly where the request was written for (so a signed request never reaches
     * another origin or path), or null for an ordinary call.
     *
     * @throws SigningRefusedException when the mark is another signer's or the hop goes elsewhere; nothing is sent
     */
    static Written written(HttpRequestSigner signer, CallState call, URI hop, HttpContext context) throws SigningRefusedException {
        Written written = Written.of(context);
        if (written == null) {
            return null;
        }
        if (written.signer() != signer || !sameResource(hop, written.target())
                || !written.isTimeRequest() && !signer.signs(call.target(), hop)) {
            throw new SigningRefusedException("refusing to send a written request anywhere but the URI it was signed for, through "
                    + "the handler of the signer it was checked with; nothing was sent to " + call.target());
        }
        call.hop(null);
        written.markSent();
        return written;
    }

    /** Same scheme, host, port (the scheme's default when absent), raw path and raw query. */
    private static boolean sameResource(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b)
                && Objects.equals(a.getRawPath(), b.getRawPath()) && Objects.equals(a.getRawQuery(), b.getRawQuery());
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** A hop that is not signed carries no API key. */
    static void unsigned(HttpRequest hop) {
        hop.removeHeaders(SignedRequest.API_KEY_HEADER);
    }
}
