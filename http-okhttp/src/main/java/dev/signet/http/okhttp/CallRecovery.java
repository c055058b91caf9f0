package dev.signet.http.okhttp;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.ServerTimeOffset;
import dev.signet.binance.SignedRequest;
import dev.signet.binance.SigningRefusedException;
import java.io.IOException;
import java.net.URI;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The application position for one call: tags it with the origin it was addressed to, checks that the network
 * position signed it, and recovers once from -1021 (measure the server time, repeat a request that is safe to
 * repeat).
 */
final class CallRecovery {
    static final long MAX_ERROR_BYTES = 64 * 1024;
    private final HttpRequestSigner signer;
    private final SigningInterceptor owner;
    private final Interceptor.Chain chain;
    private final URI target;

    CallRecovery(HttpRequestSigner signer, SigningInterceptor owner, Interceptor.Chain chain) {
        this.signer = signer;
        this.owner = owner;
        this.chain = chain;
        this.target = chain.request().url().uri();
    }

    Response proceed() throws IOException {
        return attempt(false);
    }

    private Response attempt(boolean repeated) throws IOException {
        CallTag tag = CallTag.call(owner, target);
        Response response = chain.proceed(chain.request().newBuilder().tag(CallTag.class, tag).build());
        if (!tag.hopSeen() && signer.signs(target)) {
            response.close();
            throw new SigningRefusedException(chain.request().method() + " " + target.getRawPath() + " went out unsigned: this "
                    + "client has the SigningInterceptor as an application interceptor only (added with addInterceptor, or "
                    + "installed on another builder); add it with SigningInterceptor.installOn(builder)");
        }
        SignedRequest signed = tag.lastSigned();
        if (signed == null || response.code() != 400
                || !ServerTimeOffset.isTimestampRejection(400, response.peekBody(MAX_ERROR_BYTES).string())) {
            return response;
        }
        URI rejectedAt = response.request().url().uri();
        response.close();
        if (repeated) {
            throw signer.timestampRejected(signed, true, null);
        }
        measureServerTime(signer, owner, rejectedAt, signed, chain::proceed);
        if (!signed.safeToRepeat()) {
            throw signer.timestampRejected(signed, false, null);
        }
        return attempt(true);
    }

    /** Sends the adapter's unsigned time request: through the chain (application position) or a new call. */
    @FunctionalInterface
    interface TimeCall {
        Response send(Request request) throws IOException;
    }

    /** Measures the server time once after a -1021, unless another call already is; a failure is the rejection's cause. */
    static void measureServerTime(HttpRequestSigner signer, SigningInterceptor owner, URI rejectedAt, SignedRequest signed, TimeCall call)
            throws IOException {
        ServerTimeOffset time = signer.serverTimeOffset();
        if (!time.claimRefresh()) {
            return;
        }
        URI endpoint = ServerTimeOffset.timeEndpoint(rejectedAt);
        Request request = new Request.Builder().url(endpoint.toString()).tag(CallTag.class, CallTag.timeRequest(owner, endpoint)).build();
        long before = time.localMillis();
        try (Response answer = call.send(request)) {
            long after = time.localMillis();
            if (answer.code() != 200) {
                throw new IOException("the time endpoint answered HTTP " + answer.code());
            }
            time.record(answer.peekBody(MAX_ERROR_BYTES).string(), before, after);
        } catch (IOException e) {
            throw signer.timestampRejected(signed, false, e);
        }
    }
}
