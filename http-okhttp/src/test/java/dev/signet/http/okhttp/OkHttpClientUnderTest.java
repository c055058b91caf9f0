package dev.signet.http.okhttp;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.testkit.contract.ClientSettings;
import dev.signet.testkit.contract.ContractClient;
import dev.signet.testkit.contract.ContractRequest;
import dev.signet.testkit.contract.ContractResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;

/** An OkHttp client with {@link SigningInterceptor} installed, as the contract drives it; subclasses send. */
abstract class OkHttpClientUnderTest implements ContractClient {
    final OkHttpClient client;

    OkHttpClientUnderTest(HttpRequestSigner signer, ClientSettings settings) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder().retryOnConnectionFailure(settings.retries())
                .sslSocketFactory(settings.tls().clientContext().getSocketFactory(), settings.tls().trustManager())
                .callTimeout(Duration.ofSeconds(30));
        this.client = SigningInterceptor.create(signer).installOn(builder).build();
    }

    /** Sends {@code request} through the client's API under test. */
    abstract ContractResponse send(Request request) throws Exception;

    @Override
    public ContractResponse send(ContractRequest request) throws Exception {
        return send(request(request.uri(), request).build());
    }

    /** OkHttp connects to the URL's origin; a Host header can name another. */
    @Override
    public ContractResponse sendConnectingTo(URI connectTo, ContractRequest request) throws Exception {
        String query = request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery();
        return send(request(connectTo.resolve(request.uri().getRawPath() + query), request).header("Host", request.uri().getRawAuthority())
                .build());
    }

    @Override
    public int retriedStatus() {
        return 408;
    }

    static ContractResponse toContract(Response response) throws IOException {
        try (response) {
            return new ContractResponse(response.code(), response.body().string());
        }
    }

    private static Request.Builder request(URI uri, ContractRequest request) {
        Request.Builder builder = new Request.Builder().url(uri.toString());
        request.headers().forEach(builder::header);
        ContractRequest.Body body = request.body();
        RequestBody requestBody = body == null ? (request.method().equals("GET") || request.method().equals("DELETE") ? null
                : RequestBody.create(new byte[0], null)) : body.streaming() ? new OneShotBody(body) : RequestBody.create(body.bytes(), type(body));
        return builder.method(request.method(), requestBody);
    }

    private static MediaType type(ContractRequest.Body body) {
        return body.contentType() == null ? null : MediaType.get(body.contentType());
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    /** A body OkHttp can write once, of unknown length: a stream. */
    private static final class OneShotBody extends RequestBody {
        private final ContractRequest.Body body;

        OneShotBody(ContractRequest.Body body) {
            this.body = body;
        }

        @Override
        public MediaType contentType() {
            return type(body);
        }

        @Override
        public long contentLength() {
            return -1;
        }

        @Override
        public boolean isOneShot() {
            return true;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            sink.write(body.bytes());
        }
    }
}
