package dev.signet.http.apache5;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.SignedRequest;
import dev.signet.binance.SigningRefusedException;
import java.io.IOException;
import java.net.URI;
import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.client5.http.async.AsyncExecChain;
import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.ProtocolException;
import org.apache.hc.core5.http.nio.AsyncDataConsumer;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.entity.StringAsyncEntityProducer;
import org.apache.hc.core5.http.support.BasicRequestBuilder;

/**
 * Async hop handler: signs each hop (redirect, retry) to an allowed origin afresh, or sends it without the API key.
 * A refusal goes to the callback — the request's own failure — never up the I/O reactor's stack, where it would
 * fail whichever request the connection serves next.
 */
final class AsyncHopSigner implements AsyncExecChainHandler {
    private final HttpRequestSigner signer;

    AsyncHopSigner(HttpRequestSigner signer) {
        this.signer = signer;
    }

    @Override
    public void execute(HttpRequest request, AsyncEntityProducer entityProducer, AsyncExecChain.Scope scope, AsyncExecChain chain,
            AsyncExecCallback callback) throws HttpException, IOException {
        HttpRequest hop = BasicRequestBuilder.copy(request).build();
        AsyncEntityProducer body;
        try {
            body = prepare(hop, entityProducer, scope);
        } catch (IOException | RuntimeException refused) {
            callback.failed(refused instanceof IOException ? refused
                    : new SigningRefusedException("not sending " + request.getMethod() + " " + request.getPath() + ": " + refused, refused));
            return;
        }
        CallState call = CallState.of(scope.exchangeId, scope.clientContext);
        chain.proceed(hop, body, scope, call.isTimeRequest() ? new TimeRequestAnswer(callback) : callback);
    }

    /** The answer to the adapter's time request: a redirect fails it before the redirect element can follow it. */
    private static final class TimeRequestAnswer implements AsyncExecCallback {
        private final AsyncExecCallback callback;

        TimeRequestAnswer(AsyncExecCallback callback) {
            this.callback = callback;
        }

        @Override
        public AsyncDataConsumer handleResponse(HttpResponse response, EntityDetails details) throws HttpException, IOException {
            ProtocolException redirected = Hops.redirectedTimeRequest(response.getCode());
            if (redirected != null) {
                throw redirected;
            }
            return callback.handleResponse(response, details);
        }

        @Override
        public void handleInformationResponse(HttpResponse response) throws HttpException, IOException {
            callback.handleInformationResponse(response);
        }

        @Override
        public void completed() {
            callback.completed();
        }

        @Override
        public void failed(Exception cause) {
            callback.failed(cause);
        }
    }

    /** Signs {@code hop} or strips its API key; returns the body to send with it. */
    private AsyncEntityProducer prepare(HttpRequest hop, AsyncEntityProducer entityProducer, AsyncExecChain.Scope scope) throws IOException {
        CallState call = CallState.of(scope.exchangeId, scope.clientContext);
        URI target = Hops.uri(scope.route, hop);
        if (call.isTimeRequest() || !signer.signs(call.target(), target)) {
            call.hop(null);
            Hops.unsigned(hop);
            return entityProducer;
        }
        String form = null;
        if (entityProducer != null) {
            form = call.formReadFrom(entityProducer);
            if (form == null) {
                form = FormBodyCapture.read(entityProducer, hop.getMethod(), target.getRawPath());
                call.formRead(entityProducer, form);
            }
        }
        SignedRequest signed = signer.sign(hop.getMethod(), target, Hops.contentType(hop, entityProducer == null ? null
                : entityProducer.getContentType()), form);
        call.hop(signed);
        Hops.sign(hop, signed);
        return signed.hasBody() ? new StringAsyncEntityProducer(signed.body(), ContentType.APPLICATION_FORM_URLENCODED) : null;
    }
}
