package dev.signet.http.apache5;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.ServerTimeOffset;
import dev.signet.binance.SignedRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/**
 * Classic call handler, first in the chain: starts the call's state and, when the exchange answers -1021 to a signed
 * hop, measures the server time once and repeats the whole call once if the request is safe to repeat. Above the
 * redirect, retry and decompression elements, it sees the final, decoded answer, and nothing above it retries the
 * error it raises.
 */
final class ClassicCallGuard implements ExecChainHandler {
    private static final int MAX_HELD_BYTES = 1024 * 1024;
    private final HttpRequestSigner signer;

    ClassicCallGuard(HttpRequestSigner signer) {
        this.signer = signer;
    }

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain) throws IOException, HttpException {
        return attempt(request, scope, chain, CallState.begin(scope.exchangeId, scope.route, scope.clientContext), false);
    }

    private ClassicHttpResponse attempt(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain, CallState call, boolean repeated)
            throws IOException, HttpException {
        ClassicHttpResponse response = chain.proceed(request, scope);
        SignedRequest signed = call.lastSigned();
        HttpEntity entity = response.getEntity();
        if (signed == null || response.getCode() != 400 || entity == null) {
            return response;
        }
        byte[] held = EntityUtils.toByteArray(entity, MAX_HELD_BYTES + 1);
        if (held.length > MAX_HELD_BYTES) {
            response.close();
            throw new IOException("an HTTP 400 answer over 1 MiB from an exchange origin");
        }
        if (!ServerTimeOffset.isTimestampRejection(400, new String(held, StandardCharsets.UTF_8))) {
            response.setEntity(new ByteArrayEntity(held, entity.getContentType() == null ? null : ContentType.parse(entity.getContentType()),
                    entity.getContentEncoding()));
            return response;
        }
        response.close();
        if (repeated) {
            throw signer.timestampRejected(signed, true, null);
        }
        measureServerTime(scope, chain, call, signed);
        if (!signed.safeToRepeat()) {
            throw signer.timestampRejected(signed, false, null);
        }
        return attempt(request, scope, chain, call, true);
    }

    private void measureServerTime(ExecChain.Scope scope, ExecChain chain, CallState call, SignedRequest signed) throws IOException {
        ServerTimeOffset time = signer.serverTimeOffset();
        if (!time.claimRefresh()) {
            return;
        }
        call.timeRequest(true);
        long before = time.localMillis();
        try (ClassicHttpResponse answer = chain.proceed(ClassicRequestBuilder.get(ServerTimeOffset.timeEndpoint(
                call.target().resolve(signed.path()))).build(), scope)) {
            long after = time.localMillis();
            if (answer.getCode() != 200 || answer.getEntity() == null) {
                throw new IOException("the time endpoint answered HTTP " + answer.getCode());
            }
            time.record(new String(EntityUtils.toByteArray(answer.getEntity(), MAX_HELD_BYTES), StandardCharsets.UTF_8), before, after);
        } catch (IOException | HttpException e) {
            throw signer.timestampRejected(signed, false, e);
        } finally {
            call.timeRequest(false);
        }
    }
}
