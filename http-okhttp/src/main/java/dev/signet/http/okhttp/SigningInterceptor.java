package dev.signet.http.okhttp;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.RequestWriter;
import dev.signet.binance.SignedRequest;
import dev.signet.binance.SigningRefusedException;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Signs OkHttp requests to exchange origins. {@link #installOn} adds it twice: as a network interceptor it signs
 * every hop — redirects and OkHttp's own retries included — with a fresh timestamp, refuses a signed call's
 * redirect outside the allow-list and strips the API key from other calls; as an application interceptor it marks
 * each call with the origin it was addressed to and, when the exchange answers -1021, measures the server time
 * once and repeats a request that is safe to repeat once. Refusals are {@link SigningRefusedException}s: thrown by
 * {@code execute()}, passed to {@code Callback.onFailure} by {@code enqueue()}.
 *
 * <p>Added any other way ({@code addInterceptor} or {@code addNetworkInterceptor} alone) it cannot see every hop
 * or every call, so it refuses each request to an exchange origin, before sending it, saying to use
 * {@code installOn}.
 *
 * <pre>{@code OkHttpClient client = SigningInterceptor.create(httpRequestSigner).installOn(new OkHttpClient.Builder()).build();}</pre>
 */
public final class SigningInterceptor implements Interceptor {
    private final HttpRequestSigner signer;
    private volatile boolean installed;

    private SigningInterceptor(HttpRequestSigner signer) {
        this.signer = signer;
    }

    /** An interceptor signing with {@code signer}. */
    public static SigningInterceptor create(HttpRequestSigner signer) {
        return new SigningInterceptor(Objects.requireNonNull(signer, "signer"));
    }

    /** Adds this interceptor as an application and as a network interceptor of {@code builder}; returns the builder. */
    public OkHttpClient.Builder installOn(OkHttpClient.Builder builder) {
        installed = true;
        return builder.addInterceptor(this).addNetworkInterceptor(this);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        boolean network = chain.connection() != null;
        CallTag tag = chain.request().tag(CallTag.class);
        boolean mine = tag != null && tag.owner() == this;
        if (!installed || network && !mine) {
            return unsignedOrRefused(chain);
        }
        if (!network && mine && (tag.isWritten() || tag.isTimeRequest())) {
            return chain.proceed(chain.request()); // a written call's recovery runs on the writer's thread (WrittenCall)
        }
        return network ? HopSigning.proceed(signer, tag, chain) : new CallRecovery(signer, this, chain).proceed();
    }

    /**
     * Signs {@code writer}'s request on the calling thread and executes it with {@code client} at {@code origin} (an
     * allowed exchange origin such as {@code https://api.binance.com}, no path): the writer's query and form body are
     * handed to OkHttp as they are, the body without a copy. The signing allocates nothing once warm; OkHttp's own
     * work per call does. {@code client} must have this interceptor installed with {@link #installOn}; the allow-list
     * applies to the origin and to every redirect's location as for any signed call, and no redirect is followed (a
     * writer signs for its own path: an allowed 3xx answer is returned as it is). A -1021 answer is measured and a
     * request safe to repeat signed again once, as for other calls. Call it on the writer's thread.
     *
     * <pre>{@code Response answer = interceptor.execute(client, HttpUrl.get("https://api.binance.com"), order.set("price", 1234, 4));}</pre>
     *
     * @throws SigningRefusedException when {@code client} lacks this interceptor, {@code origin} is not an allowed
     *     exchange origin, the writer's guard refuses (nothing was sent), or a redirect leads outside the allow-list
     * @throws dev.signet.binance.TimestampRejectedException when the exchange rejected the timestamp and the request
     *     was not repeated
     */
    public Response execute(OkHttpClient client, HttpUrl origin, RequestWriter writer) throws IOException {
        return WrittenCall.execute(this, signer, client, origin, writer);
    }

    /** This interceptor was not installed with installOn: nothing to an exchange origin may pass. */
    private Response unsignedOrRefused(Chain chain) throws IOException {
        URI target = chain.request().url().uri();
        if (signer.signs(target)) {
            throw new SigningRefusedException("not sending " + chain.request().method() + " " + target.getRawPath() + ": the "
                    + "SigningInterceptor was added with addInterceptor or addNetworkInterceptor (or installed on another "
                    + "builder), so it cannot see every hop of the call; add it with SigningInterceptor.installOn(builder)");
        }
        return chain.proceed(withoutApiKey(chain.request()));
    }

    static Request withoutApiKey(Request request) {
        return request.header(SignedRequest.API_KEY_HEADER) == null ? request
                : request.newBuilder().removeHeader(SignedRequest.API_KEY_HEADER).build();
    }
}
