package dev.signet.spring.internal;

import dev.signet.binance.SignedRequest;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpHeaders;

/**
 * The redirect rules Signet's Spring adapters follow for a request that started at an exchange origin (the HTTP
 * client itself never follows those): up to {@link #MAX_REDIRECTS} hops for 301, 302, 303, 307 and 308, as browsers
 * and the JDK and OkHttp clients follow them — 301, 302 and 303 turn into a GET without body, 307 and 308 keep the
 * method and the body. Whether a hop may be signed at all is {@code HttpRequestSigner.signs(call, hop)}'s decision.
 */
public final class Hops {
    /** The most redirects followed; the last redirect response is returned as it is. */
    public static final int MAX_REDIRECTS = 5;

    private Hops() {}

    /** Whether {@code status} is a redirect Signet follows. */
    public static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** The method of the next hop: GET after 301, 302 and 303 (HEAD stays HEAD), otherwise unchanged. */
    public static String methodAfter(int status, String method) {
        return keepsBody(status) || method.equals("HEAD") ? method : "GET";
    }

    /** Whether the next hop keeps the method and the body: after 307 and 308 only. */
    public static boolean keepsBody(int status) {
        return status == 307 || status == 308;
    }

    /**
     * A copy of {@code headers} without the API-key header and the {@code dropped} ones, any case. Built anew (a header
     * removed in place could come back) and only with methods that Spring 6 and 7 both have: Spring 7's
     * {@code HttpHeaders} is no longer a {@code Map}.
     */
    public static HttpHeaders copyWithout(HttpHeaders headers, String... dropped) {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.add(SignedRequest.API_KEY_HEADER);
        names.addAll(Set.of(dropped));
        HttpHeaders copy = new HttpHeaders();
        headers.forEach((name, values) -> {
            if (!names.contains(name)) {
                copy.addAll(name, values);
            }
        });
        return copy;
    }
}
