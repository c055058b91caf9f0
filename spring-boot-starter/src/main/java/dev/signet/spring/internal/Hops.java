package dev.signet.spring.internal;

import dev.signet.binance.HttpRequestSigner;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * The redirect rules Signet's Spring adapters follow for a request that started at an exchange origin (the HTTP
 * client itself never follows those): up to {@link #MAX_REDIRECTS} hops for 301, 302, 303, 307 and 308; 303 turns
 * into a GET without body; a hop is signed only when it stays on the first request's origin (scheme, host, port) and
 * that origin is allowed, so nothing signed — API key, {@code timestamp}, {@code signature} — reaches another origin.
 */
public final class Hops {
    /** The most redirects followed; the last redirect response is returned as it is. */
    public static final int MAX_REDIRECTS = 5;

    private Hops() {}

    /** Whether {@code status} is a redirect Signet follows. */
    public static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** The method of the next hop: GET after a 303, otherwise unchanged. */
    public static String methodAfter(int status, String method) {
        return status == 303 ? "GET" : method;
    }

    /** Whether the next hop keeps the body: not after a 303. */
    public static boolean keepsBody(int status) {
        return status != 303;
    }

    /** Whether a hop to {@code hop} of a request that started at {@code first} is signed. */
    public static boolean isSigned(HttpRequestSigner signer, URI first, URI hop) {
        return signer.signs(hop) && sameOrigin(first, hop);
    }

    static boolean sameOrigin(URI a, URI b) {
        return scheme(a).equals(scheme(b)) && host(a).equals(host(b)) && port(a) == port(b);
    }

    private static String scheme(URI uri) {
        return String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
    }

    private static String host(URI uri) {
        return String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return Objects.equals(scheme(uri), "https") ? 443 : Objects.equals(scheme(uri), "http") ? 80 : -1;
    }
}
