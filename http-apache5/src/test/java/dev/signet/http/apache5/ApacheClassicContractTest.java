package dev.signet.http.apache5;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.testkit.contract.ClientSettings;
import dev.signet.testkit.contract.ContractClient;
import dev.signet.testkit.contract.ContractRequest;
import dev.signet.testkit.contract.ContractResponse;
import dev.signet.testkit.contract.HttpAdapterContract;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.TimeValue;

/** The adapter contract on the classic Apache client: failures are thrown by {@code execute}; retries are on 503. */
class ApacheClassicContractTest extends HttpAdapterContract {
    @Override
    protected ContractClient newClient(HttpRequestSigner signer, ClientSettings settings) {
        HttpClientBuilder builder = HttpClients.custom().setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(new DefaultClientTlsStrategy(settings.tls().clientContext())).build());
        if (settings.retries()) {
            builder.setRetryStrategy(new DefaultHttpRequestRetryStrategy(1, TimeValue.ofMilliseconds(10)));
        } else {
            builder.disableAutomaticRetries();
        }
        return new ClassicClient(SigningExecHandler.create(signer).installOn(builder).build());
    }

    /** {@code CloseableHttpClient.execute} with a response handler. */
    static final class ClassicClient implements ContractClient {
        private final CloseableHttpClient client;

        ClassicClient(CloseableHttpClient client) {
            this.client = client;
        }

        @Override
        public ContractResponse send(ContractRequest request) throws IOException {
            return client.execute(request(request), ClassicClient::toContract);
        }

        @Override
        public ContractResponse sendConnectingTo(URI connectTo, ContractRequest request) throws IOException {
            return client.execute(HttpHost.create(connectTo), request(request), ClassicClient::toContract);
        }

        @Override
        public int retriedStatus() {
            return 503;
        }

        @Override
        public void close() throws IOException {
            client.close();
        }

        static ClassicHttpRequest request(ContractRequest request) {
            ClassicRequestBuilder builder = ClassicRequestBuilder.create(request.method()).setUri(request.uri());
            request.headers().forEach(builder::addHeader);
            ContractRequest.Body body = request.body();
            if (body != null) {
                ContentType type = body.contentType() == null ? null : ContentType.parse(body.contentType());
                builder.setEntity(body.streaming() ? new InputStreamEntity(new ByteArrayInputStream(body.bytes()), -1, type)
                        : new ByteArrayEntity(body.bytes(), type));
            }
            return builder.build();
        }

        private static ContractResponse toContract(ClassicHttpResponse response) throws IOException {
            try {
                return new ContractResponse(response.getCode(), response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity()));
            } catch (org.apache.hc.core5.http.ParseException e) {
                throw new IOException(e);
            }
        }
    }
}
