package dev.signet.http.okhttp;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.SignedRequest;
import java.io.IOException;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * Signs requests to exchange hosts as an OkHttp application interceptor, and guards every network hop (redirects
 * included) so the API key only ever reaches exchange hosts. Each call is signed afresh, so a retried call gets
 * a new timestamp.
 *
 * <pre>{@code OkHttpClient client = SigningInterceptor.create(httpRequestSigner).installOn(new OkHttpClient.Builder()).build();}</pre>
 */
public final class SigningInterceptor implements Interceptor {
    private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");
    private final HttpRequestSigner signer;

    private SigningInterceptor(HttpRequestSigner signer) {
        this.signer = signer;
    }

    /** An interceptor signing with {@code signer}. */
    public static SigningInterceptor create(HttpRequestSigner signer) {
        return new SigningInterceptor(Objects.requireNonNull(signer, "signer"));
    }

    /** Adds this interceptor and its network guard to {@code builder}; returns the builder. */
    public OkHttpClient.Builder installOn(OkHttpClient.Builder builder) {
        return builder.addInterceptor(this).addNetworkInterceptor(networkGuard());
    }

    /** Removes the API key header from any network request to a host that is not an exchange host. */
    public Interceptor networkGuard() {
        return chain -> {
            Request request = chain.request();
            return signer.signs(request.url().uri()) ? chain.proceed(request)
                    : chain.proceed(request.newBuilder().removeHeader(SignedRequest.API_KEY_HEADER).build());
        };
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!signer.signs(request.url().uri())) {
            return chain.proceed(request.newBuilder().removeHeader(SignedRequest.API_KEY_HEADER).build());
        }
        SignedRequest signed = signer.sign(request.method(), request.url().uri(), formBody(request.body()));
        HttpUrl url = request.url().newBuilder().encodedQuery(signed.query().isEmpty() ? null : signed.query()).build();
        RequestBody body = signed.hasBody() ? RequestBody.create(signed.body(), FORM) : request.body();
        return chain.proceed(request.newBuilder().url(url).header(SignedRequest.API_KEY_HEADER, signed.apiKey())
                .method(request.method(), body).build());
    }

    private static String formBody(RequestBody body) throws IOException {
        if (body == null || body.contentLength() == 0) {
            return null;
        }
        MediaType type = body.contentType();
        if (type == null || !"x-www-form-urlencoded".equals(type.subtype())) {
            throw new IllegalArgumentException("exchange request bodies must be application/x-www-form-urlencoded, not " + type);
        }
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        return buffer.readUtf8();
    }
}
