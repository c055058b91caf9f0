package dev.signet.http.apache5;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.RequestWriter;
import dev.signet.binance.ServerTimeOffset;
import dev.signet.binance.SignedRequest;
import dev.signet.binance.SigningRefusedException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * One call of a {@link RequestWriter} through {@link SigningExecHandler#execute}: the origin is checked first, the
 * writer signs on the calling thread, and its bytes are handed to the client as they are (the query in the request
 * URI, the form body as a {@link ByteArrayEntity} over the writer's buffer, no copy: {@code execute} returns before the
 * writer can be reused). The call carries a {@link Written} mark in its context: Signet's hop handler sends it
 * unchanged, only to the URI it was written for, and refuses it when the mark is not this handler's; without
 * Signet installed nothing reads the mark and the call is refused after the fact. Redirects are not followed (a
 * writer signs for its own path): a 3xx answer reaches the caller as it is. A -1021 answer measures the server time
 * once and, when the request is safe to repeat, signs it again with a fresh timestamp once.
 */
final class WrittenCall {
    private static final int MAX_HELD_BYTES = 64 * 1024;
    private static final RequestConfig NO_REDIRECTS = RequestConfig.custom().setRedirectsEnabled(false).build();

    private WrittenCall() {}

    static ClassicHttpResponse execute(HttpRequestSigner signer, CloseableHttpClient client, URI origin, RequestWriter writer)
            throws IOException {
        return signer.sendWritten(origin, writer, new HttpRequestSigner.WrittenExchange<ClassicHttpResponse, IOException>() {
            private URI sentTo;

            @Override
            public ClassicHttpResponse send(RequestWriter signed) throws IOException {
                sentTo = target(origin, signed);
                return WrittenCall.send(client, request(sentTo, signed), new Written(signer, sentTo, false));
            }

            @Override
            public boolean rejectsTimestamp(ClassicHttpResponse answer) throws IOException {
                boolean rejected = answer.getCode() == 400 && answer.getEntity() != null
                        && ServerTimeOffset.isTimestampRejection(400, held(answer));
                if (rejected) {
                    answer.close();
                }
                return rejected;
            }

            @Override
            public void measureServerTime(SignedRequest rejected) throws IOException {
                WrittenCall.measureServerTime(signer, client, sentTo, rejected);
            }
        });
    }

    private static URI target(URI origin, RequestWriter writer) {
        String query = writer.query();
        return URI.create(origin.getScheme() + "://" + origin.getRawAuthority() + writer.path() + (query.isEmpty() ? "" : "?" + query));
    }

    private static HttpUriRequestBase request(URI target, RequestWriter writer) {
        HttpUriRequestBase request = new HttpUriRequestBase(writer.method(), target);
        request.setHeader(SignedRequest.API_KEY_HEADER, writer.apiKey().value());
        if (writer.bodyLength() > 0) {
            request.setEntity(new ByteArrayEntity(writer.bytes(), writer.queryLength(), writer.bodyLength(), ContentType.APPLICATION_FORM_URLENCODED));
        }
        return request;
    }

    /** Sends one marked request; refuses after the fact when no Signet hop handler read the mark (the client lacks Signet). */
    private static ClassicHttpResponse send(CloseableHttpClient client, HttpUriRequestBase request, Written mark) throws IOException {
        request.setConfig(NO_REDIRECTS);
        HttpClientContext context = HttpClientContext.create();
        context.setAttribute(Written.ATTRIBUTE, mark);
        ClassicHttpResponse response = client.executeOpen(HttpHost.create(mark.target()), request, context);
        if (!mark.sent()) {
            response.close();
            throw new SigningRefusedException("the request went out without Signet's handlers: this client was not built with "
                    + "SigningExecHandler.installOn(builder)");
        }
        return response;
    }

    private static String held(ClassicHttpResponse response) throws IOException {
        byte[] held = EntityUtils.toByteArray(response.getEntity(), MAX_HELD_BYTES);
        response.setEntity(new ByteArrayEntity(held, response.getEntity().getContentType() == null ? null
                : ContentType.parse(response.getEntity().getContentType())));
        return new String(held, StandardCharsets.UTF_8);
    }

    private static void measureServerTime(HttpRequestSigner signer, CloseableHttpClient client, URI rejectedAt, SignedRequest rejected)
            throws IOException {
        ServerTimeOffset time = signer.serverTimeOffset();
        if (!time.claimRefresh()) {
            return;
        }
        Written mark = new Written(signer, ServerTimeOffset.timeEndpoint(rejectedAt), true);
        long before = time.localMillis();
        try (ClassicHttpResponse answer = send(client, new HttpGet(mark.target()), mark)) {
            long after = time.localMillis();
            if (answer.getCode() != 200 || answer.getEntity() == null) {
                throw new IOException("the time endpoint answered HTTP " + answer.getCode());
            }
            time.record(new String(EntityUtils.toByteArray(answer.getEntity(), MAX_HELD_BYTES), StandardCharsets.UTF_8), before, after);
        } catch (IOException e) {
            throw signer.timestampRejected(rejected, false, e);
        }
    }
}
