package dev.signet.http.apache5;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.SignedRequest;
import java.io.IOException;
import java.net.URI;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.ProtocolException;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/** Classic hop handler: signs each hop (redirect, retry) to an allowed origin afresh, or sends it without the API key. */
final class ClassicHopSigner implements ExecChainHandler {
    private final HttpRequestSigner signer;

    ClassicHopSigner(HttpRequestSigner signer) {
        this.signer = signer;
    }

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain) throws IOException, HttpException {
        CallState call = CallState.of(scope.exchangeId, scope.clientContext);
        URI hop = Hops.uri(scope.route, request);
        Written written = Hops.written(signer, call, hop, scope.clientContext);
        ClassicHttpRequest copy = ClassicRequestBuilder.copy(request).build();
        if (written != null || call.isTimeRequest() || !signer.signs(call.target(), hop)) {
            boolean timeRequest = written == null ? call.isTimeRequest() : written.isTimeRequest();
            if (written == null) { // a written request goes as it was signed, API key included
                call.hop(null);
                Hops.unsigned(copy);
            }
            ClassicHttpResponse response = chain.proceed(copy, scope);
            ProtocolException redirected = timeRequest ? Hops.redirectedTimeRequest(response.getCode()) : null;
            if (redirected != null) {
                response.close();
                throw redirected;
            }
            return response;
        }
        HttpEntity entity = request.getEntity();
        SignedRequest signed = signer.sign(request.getMethod(), hop, Hops.contentType(request, entity == null ? null : entity.getContentType()),
                entity == null ? null : FormBodyCapture.read(entity, request.getMethod(), hop.getRawPath()));
        call.hop(signed);
        Hops.sign(copy, signed);
        copy.setEntity(signed.hasBody() ? new StringEntity(signed.body(), ContentType.APPLICATION_FORM_URLENCODED) : null);
        return chain.proceed(copy, scope);
    }
}
