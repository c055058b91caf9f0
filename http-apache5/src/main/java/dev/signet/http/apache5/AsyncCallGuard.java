package dev.signet.http.apache5;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.ServerTimeOffset;
import dev.signet.binance.SignedRequest;
import java.io.IOException;
import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.client5.http.async.AsyncExecChain;
import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncDataConsumer;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.support.BasicRequestBuilder;

/**
 * Async call handler, first in the chain: starts the call's state and, when the exchange answers -1021 to a signed
 * hop, measures the server time once and repeats the whole call once if the request is safe to repeat; every
 * outcome reaches the caller's callback.
 */
final class AsyncCallGuard implements AsyncExecChainHandler {
    private final HttpRequestSigner signer;

    AsyncCallGuard(HttpRequestSigner signer) {
        this.signer = signer;
    }

    @Override
    public void execute(HttpRequest request, AsyncEntityProducer entityProducer, AsyncExecChain.Scope scope, AsyncExecChain chain,
            AsyncExecCallback callback) throws HttpException, IOException {
        CallState call = CallState.begin(scope.exchangeId, scope.route, scope.clientContext);
        chain.proceed(request, entityProducer, scope, new Attempt(call, request, entityProducer, scope, chain, callback, false));
    }

    /** One pass of the call through the rest of the chain. */
    private final class Attempt implements AsyncExecCallback {
        private final CallState call;
        private final HttpRequest request;
        private final AsyncEntityProducer entityProducer;
        private final AsyncExecChain.Scope scope;
        private final AsyncExecChain chain;
        private final AsyncExecCallback callback;
        private final boolean repeated;
        private volatile HeldAnswer held;

        Attempt(CallState call, HttpRequest request, AsyncEntityProducer entityProducer, AsyncExecChain.Scope scope, AsyncExecChain chain,
                AsyncExecCallback callback, boolean repeated) {
            this.call = call;
            this.request = request;
            this.entityProducer = entityProducer;
            this.scope = scope;
            this.chain = chain;
            this.callback = callback;
            this.repeated = repeated;
        }

        @Override
        public AsyncDataConsumer handleResponse(HttpResponse response, EntityDetails details) throws HttpException, IOException {
            if (call.lastSigned() != null && response.getCode() == 400 && details != null) {
                held = new HeldAnswer(response, details);
                return held;
            }
            return callback.handleResponse(response, details);
        }

        @Override
        public void handleInformationResponse(HttpResponse response) throws HttpException, IOException {
            callback.handleInformationResponse(response);
        }

        @Override
        public void completed() {
            HeldAnswer answer = held;
            if (answer == null) {
                callback.completed();
            } else if (!ServerTimeOffset.isTimestampRejection(400, answer.text())) {
                answer.replayTo(callback);
            } else if (repeated) {
                callback.failed(signer.timestampRejected(call.lastSigned(), true, null));
            } else {
                recover(call.lastSigned());
            }
        }

        @Override
        public void failed(Exception cause) {
            callback.failed(cause);
        }

        private void recover(SignedRequest rejected) {
            ServerTimeOffset time = signer.serverTimeOffset();
            if (!time.claimRefresh()) {
                repeatOrFail(rejected);
                return;
            }
            call.timeRequest(true);
            HttpRequest timeRequest = BasicRequestBuilder.get(ServerTimeOffset.timeEndpoint(call.target().resolve(rejected.path()))).build();
            long before = time.localMillis();
            try {
                releaseEndpoint();
                chain.proceed(timeRequest, null, scope, new TimeAnswer(rejected, before));
            } catch (HttpException | IOException e) {
                call.timeRequest(false);
                callback.failed(signer.timestampRejected(rejected, false, e));
            }
        }

        private void repeatOrFail(SignedRequest rejected) {
            if (!rejected.safeToRepeat()) {
                callback.failed(signer.timestampRejected(rejected, false, null));
                return;
            }
            try {
                releaseEndpoint();
                chain.proceed(request, entityProducer, scope, new Attempt(call, request, entityProducer, scope, chain, callback, true));
            } catch (HttpException | IOException e) {
                callback.failed(e);
            }
        }

        /**
         * The time request and the repeat go out on the call's exec runtime: whatever endpoint an earlier hop (a
         * redirect to another route) left leased there is discarded, so they connect afresh along the call's own
         * route, to the exchange origin, never over a connection to wherever that hop went.
         */
        private void releaseEndpoint() {
            if (scope.execRuntime.isEndpointAcquired()) {
                scope.execRuntime.discardEndpoint();
            }
        }

        /** The time endpoint's answer: recorded, then the repeat (or the error). */
        private final class TimeAnswer implements AsyncExecCallback {
            private final SignedRequest rejected;
            private final long before;
            private volatile HeldAnswer answer;

            TimeAnswer(SignedRequest rejected, long before) {
                this.rejected = rejected;
                this.before = before;
            }

            @Override
            public AsyncDataConsumer handleResponse(HttpResponse response, EntityDetails details) {
                answer = new HeldAnswer(response, details);
                return details == null ? null : answer;
            }

            @Override
            public void handleInformationResponse(HttpResponse response) {
                // 1xx answers carry no time
            }

            @Override
            public void completed() {
                call.timeRequest(false);
                long after = signer.serverTimeOffset().localMillis();
                try {
                    if (answer == null || answer.response().getCode() != 200) {
                        throw new IOException("the time endpoint answered HTTP " + (answer == null ? "nothing" : answer.response().getCode()));
                    }
                    signer.serverTimeOffset().record(answer.text(), before, after);
                } catch (IOException e) {
                    callback.failed(signer.timestampRejected(rejected, false, e));
                    return;
                }
                repeatOrFail(rejected);
            }

            @Override
            public void failed(Exception cause) {
                call.timeRequest(false);
                callback.failed(signer.timestampRejected(rejected, false, cause));
            }
        }
    }
}
