package dev.signet.http.okhttp;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.SignedRequest;
import dev.signet.binance.SigningRefusedException;
import java.io.IOException;
import java.net.ProtocolException;
import java.net.URI;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/** The network position: signs one hop, or sends it without the API key, as {@link HttpRequestSigner} decides. */
final class HopSigning {
    private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");

    private HopSigning() {}

    static Response proceed(HttpRequestSigner signer, CallTag tag, Interceptor.Chain chain) throws IOException {
        Request request = chain.request();
        URI hop = request.url().uri();
        if (tag.isTimeRequest()) {
            return timeRequest(tag, chain);
        }
        if (tag.isWritten()) {
            return written(signer, tag, chain);
        }
        if (!signer.signs(tag.target(), hop)) {
            tag.hop(null);
            return chain.proceed(SigningInterceptor.withoutApiKey(request));
        }
        SignedRequest signed = signer.sign(request.method(), hop, contentType(request), form(request));
        tag.hop(signed);
        return refuseForeignRedirect(signer, tag, chain.proceed(signedRequest(request, signed)));
    }

    /**
     * A signed hop's redirect outside the allow-list is refused as its answer arrives, before OkHttp resolves or
     * connects to the location (the next hop's check would come only after connecting there). Refused whether or not
     * the client follows redirects: a signed call is never led off the exchange.
     */
    private static Response refuseForeignRedirect(HttpRequestSigner signer, CallTag tag, Response response) throws IOException {
        String location = response.isRedirect() ? response.header("Location") : null;
        HttpUrl next = location == null ? null : response.request().url().resolve(location);
        if (next != null) {
            try {
                signer.signs(tag.target(), next.uri());
            } catch (SigningRefusedException refused) {
                response.close();
                throw refused;
            }
        }
        return response;
    }

    /**
     * A request a writer signed: sent unchanged, and only to the URL it was written for (origin, path and query), so
     * its signature never reaches another origin; its redirect outside the allow-list is refused as any signed call's.
     */
    private static Response written(HttpRequestSigner signer, CallTag tag, Interceptor.Chain chain) throws IOException {
        Request request = chain.request();
        if (!request.url().uri().equals(tag.target()) || !signer.signs(tag.target(), request.url().uri())) {
            throw new SigningRefusedException("refusing to send a written request anywhere but the URL it was signed for; "
                    + "nothing was sent to " + request.url().scheme() + "://" + request.url().host() + ":" + request.url().port());
        }
        tag.hop(null);
        return refuseForeignRedirect(signer, tag, chain.proceed(request));
    }

    /**
     * The adapter's time request: one unsigned hop whose redirect is never followed, so the server time is measured
     * at the exchange origin or not at all. A {@link ProtocolException} is one OkHttp does not retry.
     */
    private static Response timeRequest(CallTag tag, Interceptor.Chain chain) throws IOException {
        tag.hop(null);
        Response response = chain.proceed(SigningInterceptor.withoutApiKey(chain.request()));
        if (response.isRedirect()) {
            response.close();
            throw new ProtocolException("the time endpoint answered HTTP " + response.code() + ", a redirect, which Signet does not "
                    + "follow: the server time is measured at the exchange origin only");
        }
        return response;
    }

    /** The media type the hop would go out with: the body's, else the caller's {@code Content-Type} header. */
    private static String contentType(Request request) {
        RequestBody body = request.body();
        return body != null && body.contentType() != null ? body.contentType().toString() : request.header("Content-Type");
    }

    private static String form(Request request) throws IOException {
        RequestBody body = request.body();
        if (body == null) {
            return null;
        }
        if (body.isOneShot() || body.isDuplex()) {
            throw new SigningRefusedException(request.method() + " " + request.url().encodedPath() + " was not signed: its body "
                    + "is one-shot (a stream), which Signet cannot read to sign and send again; give the form as a FormBody or "
                    + "RequestBody.create(...) of a String or bytes, or put the parameters in the query");
        }
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        if (buffer.size() > HttpRequestSigner.MAX_FORM_BODY_BYTES) {
            throw new SigningRefusedException(request.method() + " " + request.url().encodedPath() + " was not signed: its body is over 1 MiB");
        }
        return buffer.readUtf8();
    }

    private static Request signedRequest(Request request, SignedRequest signed) {
        HttpUrl url = request.url().newBuilder().encodedQuery(signed.query().isEmpty() ? null : signed.query()).build();
        Request.Builder builder = request.newBuilder().url(url).header(SignedRequest.API_KEY_HEADER, signed.apiKey());
        if (request.body() == null) {
            return builder.build();
        }
        // the bridge interceptor sized the caller's body; this hop sends the signed one
        RequestBody body = signed.hasBody() ? RequestBody.create(signed.body(), FORM) : RequestBody.create(new byte[0], null);
        builder.method(request.method(), body).header("Content-Length", "" + signed.body().length()).removeHeader("Transfer-Encoding");
        return signed.hasBody() ? builder.header("Content-Type", FORM.toString()).build() : builder.removeHeader("Content-Type").build();
    }
}
