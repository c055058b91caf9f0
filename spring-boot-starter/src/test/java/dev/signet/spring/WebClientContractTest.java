package dev.signet.spring;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.spring.internal.ExchangeOriginConnector;
import dev.signet.testkit.contract.ClientSettings;
import dev.signet.testkit.contract.ContractClient;
import dev.signet.testkit.contract.ContractRequest;
import dev.signet.testkit.contract.ContractResponse;
import dev.signet.testkit.contract.HttpAdapterContract;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.net.URI;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;

/**
 * The adapter contract on {@code WebClient} with {@link SigningExchangeFilterFunction}, over Reactor Netty as Spring
 * Boot's auto-configuration routes it: requests to exchange origins through a connector that does not follow
 * redirects, all others through one that does. {@code WebClient} retries only when the caller asks ({@code retry()}).
 */
class WebClientContractTest extends HttpAdapterContract implements SpringAdapterCases {
    @Override
    protected ContractClient newClient(HttpRequestSigner signer, ClientSettings settings) throws SSLException {
        SslContext tls = SslContextBuilder.forClient().trustManager(settings.tls().trustManager()).build();
        ClientHttpConnector routing = new ExchangeOriginConnector(signer, reactor(tls, true), reactor(tls, false));
        return new WebClientUnderTest(WebClient.builder().clientConnector(routing).filter(SigningExchangeFilterFunction.create(signer)).build());
    }

    private static ClientHttpConnector reactor(SslContext tls, boolean followRedirects) {
        return new ReactorClientHttpConnector(HttpClient.create().secure(spec -> spec.sslContext(tls)).followRedirect(followRedirects)
                .responseTimeout(Duration.ofSeconds(30)));
    }

    /**
     * Sends as a {@code WebClient} caller does: a body value through the encoders, a streamed body as a publisher of
     * buffers that can be subscribed once. A failure arrives as {@code WebClient} signals it, a
     * {@link WebClientRequestException} around its cause, which is unwrapped as {@link ContractClient#await} unwraps
     * a failed future.
     */
    static final class WebClientUnderTest implements ContractClient {
        private final WebClient client;

        WebClientUnderTest(WebClient client) {
            this.client = client;
        }

        @Override
        public ContractResponse send(ContractRequest request) throws Exception {
            return send(request.uri(), request, null);
        }

        /** Reactor Netty connects to the URI's origin and sends the {@code Host} header the caller set. */
        @Override
        public ContractResponse sendConnectingTo(URI connectTo, ContractRequest request) throws Exception {
            String query = request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery();
            return send(connectTo.resolve(request.uri().getRawPath() + query), request, request.uri().getRawAuthority());
        }

        /** Sends to {@code uri}, with a {@code Host} header naming {@code host} unless it is null. */
        private ContractResponse send(URI uri, ContractRequest request, String host) throws Exception {
            WebClient.RequestBodySpec spec = client.method(HttpMethod.valueOf(request.method())).uri(uri);
            request.headers().forEach(spec::header);
            if (host != null) {
                spec.header(HttpHeaders.HOST, host);
            }
            ContractRequest.Body body = request.body();
            WebClient.RequestHeadersSpec<?> ready = spec;
            if (body != null) {
                if (body.contentType() != null) {
                    spec.header(HttpHeaders.CONTENT_TYPE, body.contentType());
                }
                ready = body.streaming() ? spec.body(BodyInserters.fromDataBuffers(once(body.bytes()))) : spec.bodyValue(body.bytes());
            }
            try {
                return ready.exchangeToMono(response -> response.bodyToMono(String.class).defaultIfEmpty("")
                        .map(text -> new ContractResponse(response.statusCode().value(), text))).block(Duration.ofSeconds(60));
            } catch (WebClientRequestException failed) {
                throw failed.getCause() instanceof Exception cause ? cause : failed;
            }
        }

        /** A body that can be read once: a unicast sink admits a single subscriber. */
        private static reactor.core.publisher.Flux<DataBuffer> once(byte[] bytes) {
            Sinks.Many<DataBuffer> sink = Sinks.many().unicast().onBackpressureBuffer();
            sink.tryEmitNext(DefaultDataBufferFactory.sharedInstance.wrap(bytes));
            sink.tryEmitComplete();
            return sink.asFlux();
        }

        @Override
        public int retriedStatus() {
            return 0;
        }

        @Override
        public void close() {
            // the Reactor Netty clients share the global connection pool, which Reactor Netty closes at exit
        }
    }
}
