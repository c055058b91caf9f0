package dev.signet.http.jdk;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.testkit.contract.ClientSettings;
import dev.signet.testkit.contract.ContractClient;
import dev.signet.testkit.contract.ContractRequest;
import dev.signet.testkit.contract.ContractResponse;
import dev.signet.testkit.contract.HttpAdapterContract;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The adapter contract on {@link SignedHttpClient}. The JDK client has no retries of its own to switch off. */
class JdkHttpClientContractTest extends HttpAdapterContract {
    @Override
    protected ContractClient newClient(HttpRequestSigner signer, ClientSettings settings) {
        HttpClient jdk = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).sslContext(settings.tls().clientContext())
                .connectTimeout(Duration.ofSeconds(10)).build();
        return new SignedJdkClient(SignedHttpClient.wrap(jdk, signer));
    }

    /** {@link SignedHttpClient#send} with the request built as a JDK caller builds it. */
    static final class SignedJdkClient implements ContractClient {
        private final SignedHttpClient client;

        SignedJdkClient(SignedHttpClient client) {
            this.client = client;
        }

        @Override
        public ContractResponse send(ContractRequest request) throws IOException, InterruptedException {
            return send(builder(request.uri(), request));
        }

        /** The JDK client connects to the URI's origin; the Host header that could name another is a restricted header. */
        @Override
        public ContractResponse sendConnectingTo(URI connectTo, ContractRequest request) throws IOException, InterruptedException {
            String query = request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery();
            HttpRequest.Builder builder = builder(connectTo.resolve(request.uri().getRawPath() + query), request);
            try {
                builder.header("Host", request.uri().getRawAuthority());
            } catch (IllegalArgumentException restricted) {
                throw new UnsupportedOperationException("the JDK HttpClient always connects to the request URI's origin and refuses "
                        + "a Host header naming another (" + restricted.getMessage() + ")", restricted);
            }
            return send(builder);
        }

        private ContractResponse send(HttpRequest.Builder builder) throws IOException, InterruptedException {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new ContractResponse(response.statusCode(), response.body());
        }

        private static HttpRequest.Builder builder(URI uri, ContractRequest request) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
            request.headers().forEach(builder::header);
            ContractRequest.Body body = request.body();
            if (body == null) {
                return builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
            }
            if (body.contentType() != null) {
                builder.header("Content-Type", body.contentType());
            }
            byte[] bytes = body.bytes();
            return builder.method(request.method(), body.streaming()
                    ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
                    : HttpRequest.BodyPublishers.ofByteArray(bytes));
        }

        @Override
        public int retriedStatus() {
            return 0;
        }

        @Override
        public void close() {
            // HttpClient has no close() before Java 21; its threads end when it is collected
        }
    }
}
