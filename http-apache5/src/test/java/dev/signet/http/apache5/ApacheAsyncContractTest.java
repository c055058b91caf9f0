package dev.signet.http.apache5;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.testkit.contract.ClientSettings;
import dev.signet.testkit.contract.ContractClient;
import dev.signet.testkit.contract.ContractRequest;
import dev.signet.testkit.contract.ContractResponse;
import dev.signet.testkit.contract.HttpAdapterContract;
import java.net.URI;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.entity.BasicAsyncEntityProducer;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;

/** The adapter contract on the async Apache client: failures arrive as the failed future; retries are on 503. */
class ApacheAsyncContractTest extends HttpAdapterContract {
    @Override
    protected ContractClient newClient(HttpRequestSigner signer, ClientSettings settings) {
        HttpAsyncClientBuilder builder = HttpAsyncClients.custom().setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                .setTlsStrategy(new DefaultClientTlsStrategy(settings.tls().clientContext())).build());
        if (settings.retries()) {
            builder.setRetryStrategy(new DefaultHttpRequestRetryStrategy(1, TimeValue.ofMilliseconds(10)));
        } else {
            builder.disableAutomaticRetries();
        }
        CloseableHttpAsyncClient client = AsyncSigningExecHandler.create(signer).installOn(builder).build();
        client.start();
        return new AsyncClient(client);
    }

    /** {@code CloseableHttpAsyncClient.execute}, awaiting the returned future. */
    static final class AsyncClient implements ContractClient {
        private final CloseableHttpAsyncClient client;

        AsyncClient(CloseableHttpAsyncClient client) {
            this.client = client;
        }

        @Override
        public ContractResponse send(ContractRequest request) throws Exception {
            return toContract(ContractClient.await(client.execute(producer(request), SimpleResponseConsumer.create(), null)));
        }

        @Override
        public ContractResponse sendConnectingTo(URI connectTo, ContractRequest request) throws Exception {
            return toContract(ContractClient.await(client.execute(HttpHost.create(connectTo), producer(request), SimpleResponseConsumer.create(),
                    null, null, null)));
        }

        @Override
        public int retriedStatus() {
            return 503;
        }

        @Override
        public void close() {
            client.close(CloseMode.GRACEFUL);
        }

        private static AsyncRequestProducer producer(ContractRequest request) {
            SimpleRequestBuilder builder = SimpleRequestBuilder.create(request.method()).setUri(request.uri());
            request.headers().forEach(builder::addHeader);
            SimpleHttpRequest simple = builder.build();
            ContractRequest.Body body = request.body();
            if (body == null) {
                return new BasicRequestProducer(simple, null);
            }
            ContentType type = body.contentType() == null ? null : ContentType.parse(body.contentType());
            AsyncEntityProducer entity = body.streaming() ? new BasicAsyncEntityProducer(body.bytes(), type) {
                @Override
                public boolean isRepeatable() {
                    return false;
                }
            } : new BasicAsyncEntityProducer(body.bytes(), type);
            return new BasicRequestProducer(simple, entity);
        }

        private static ContractResponse toContract(SimpleHttpResponse response) {
            return new ContractResponse(response.getCode(), response.getBodyText() == null ? "" : response.getBodyText());
        }
    }
}
