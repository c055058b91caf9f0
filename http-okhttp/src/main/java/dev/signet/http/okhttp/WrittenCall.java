package dev.signet.http.okhttp;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.RequestWriter;
import dev.signet.binance.ServerTimeOffset;
import dev.signet.binance.SignedRequest;
import dev.signet.binance.SigningRefusedException;
import java.io.IOException;
import java.net.URI;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * One call of a {@link RequestWriter} through {@link SigningInterceptor#execute}: the client and origin are checked
 * first, the writer signs on the calling thread, and its bytes are handed to OkHttp as they are (the query in the
 * URL, the form body over the writer's buffer, no copy: {@code execute} returns before the writer can be reused).
 * The network position sends the hop unchanged, and only to the origin it was written for; redirects are not
 * followed — a writer signs for its own path — so a 3xx answer within the allow-list reaches the caller as it is and
 * one outside it is refused, as for every signed call. A -1021 answer measures the server time once and, when the
 * request is safe to repeat, signs it again with a fresh timestamp once.
 */
final class WrittenCall {
    private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");

    private WrittenCall() {}

    static Response execute(SigningInterceptor owner, HttpRequestSigner signer, OkHttpClient client, HttpUrl origin, RequestWriter writer)
            throws IOException {
        if (!client.interceptors().contains(owner) || !client.networkInterceptors().contains(owner)) {
            throw new SigningRefusedException("not sending " + writer + ": this client does not have this SigningInterceptor in both "
                    + "positions; build the client with SigningInterceptor.installOn(builder)");
        }
        OkHttpClient once = client.newBuilder().followRedirects(false).followSslRedirects(false).build();
        URI target = origin.uri();
        return signer.sendWritten(target, writer, new HttpRequestSigner.WrittenExchange<Response, IOException>() {
            @Override
            public Response send(RequestWriter signed) throws IOException {
                return once.newCall(request(owner, origin, signed)).execute();
            }

            @Override
            public boolean rejectsTimestamp(Response answer) throws IOException {
                boolean rejected = answer.code() == 400
                        && ServerTimeOffset.isTimestampRejection(400, answer.peekBody(CallRecovery.MAX_ERROR_BYTES).string());
                if (rejected) {
                    answer.close();
                }
                return rejected;
            }

            @Override
            public void measureServerTime(SignedRequest rejected) throws IOException {
                CallRecovery.measureServerTime(signer, owner, target, rejected, request -> once.newCall(request).execute());
            }
        });
    }

    private static Request request(SigningInterceptor owner, HttpUrl origin, RequestWriter writer) {
        String query = writer.query();
        HttpUrl url = origin.newBuilder().encodedPath(writer.path()).encodedQuery(query.isEmpty() ? null : query).build();
        RequestBody body = writer.bodyLength() == 0 ? null : RequestBody.create(writer.bytes(), FORM, writer.queryLength(), writer.bodyLength());
        if (body == null && requiresBody(writer.method())) {
            body = RequestBody.create(new byte[0], null);
        }
        return new Request.Builder().url(url).header(SignedRequest.API_KEY_HEADER, writer.apiKey().value()).method(writer.method(), body)
                .tag(CallTag.class, CallTag.written(owner, url.uri())).build();
    }

    /** OkHttp refuses POST, PUT and PATCH without a body. */
    private static boolean requiresBody(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }
}
