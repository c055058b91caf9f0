package dev.signet.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.SigningRefusedException;
import dev.signet.spring.internal.ExchangeOriginRequestFactory;
import dev.signet.testkit.contract.ClientSettings;
import dev.signet.testkit.contract.ContractClient;
import dev.signet.testkit.contract.ContractFixture;
import dev.signet.testkit.contract.ContractRequest;
import dev.signet.testkit.contract.ContractResponse;
import dev.signet.testkit.contract.HttpAdapterContract;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The adapter contract on {@code RestClient} with {@link SigningClientHttpRequestInterceptor}, over the JDK client as
 * Spring Boot's auto-configuration routes it: requests to exchange origins through a client that does not follow
 * redirects, all others through one that does. {@code RestClient} has no retries of its own.
 */
class RestClientContractTest extends HttpAdapterContract implements SpringAdapterCases {
    @Override
    protected ContractClient newClient(HttpRequestSigner signer, ClientSettings settings) {
        RestClient client = RestClient.builder().requestFactory(routing(signer, settings))
                .requestInterceptor(SigningClientHttpRequestInterceptor.create(signer)).build();
        return new RestClientUnderTest(client);
    }

    /**
     * The contract's case, but for its streamed body: Spring reads every {@code RestClient} body into memory before the
     * first interceptor runs ({@code InterceptingClientHttpRequest} buffers it and states its length), so no stream
     * reaches the adapter unread and nothing can be dropped. A streamed form is signed whole and arrives as signed;
     * bodies that are not forms are refused as the contract says.
     */
    @Test
    @Override
    public void bodiesThatCannotBeSignedAreRefusedNotDropped() throws Exception {
        ContractFixture f = fixture();
        ContractClient client = f.client();
        URI order = f.exchange().baseUri().resolve("/api/v3/order");
        ContractRequest json = new ContractRequest("POST", order, Map.of(),
                new ContractRequest.Body("application/json", "{\"side\":\"BUY\"}".getBytes(StandardCharsets.UTF_8), false));
        ContractRequest jsonByHeader = new ContractRequest("POST", order, Map.of("Content-Type", "application/json"),
                new ContractRequest.Body(null, "side=BUY".getBytes(StandardCharsets.UTF_8), false));
        assertThatThrownBy(() -> client.send(json)).isInstanceOf(SigningRefusedException.class).hasMessageContaining("application/json");
        assertThatThrownBy(() -> client.send(jsonByHeader)).isInstanceOf(SigningRefusedException.class).hasMessageContaining("application/json");
        assertThat(f.exchange().requests()).isEmpty();

        ContractRequest streamed = new ContractRequest("POST", order, Map.of(),
                new ContractRequest.Body(ContractRequest.FORM, "side=BUY".getBytes(StandardCharsets.UTF_8), true));
        assertThat(client.send(streamed).status()).isEqualTo(200);
        assertThat(f.exchange().requests()).singleElement().satisfies(r -> {
            assertThat(r.accepted()).isTrue();
            assertThat(r.body()).startsWith("side=BUY&timestamp=").contains("&signature=");
        });
    }

    /** The routing {@code SignetHttpClientsAutoConfiguration} installs, over two JDK clients. */
    static ClientHttpRequestFactory routing(HttpRequestSigner signer, ClientSettings settings) {
        return new ExchangeOriginRequestFactory(signer, jdk(settings, HttpClient.Redirect.NORMAL), jdk(settings, HttpClient.Redirect.NEVER));
    }

    private static ClientHttpRequestFactory jdk(ClientSettings settings, HttpClient.Redirect redirects) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder().followRedirects(redirects)
                .sslContext(settings.tls().clientContext()).connectTimeout(Duration.ofSeconds(10)).build());
        factory.setReadTimeout(Duration.ofSeconds(30));
        return factory;
    }

    /**
     * What {@code RestClient} and {@code RestTemplate} share as clients under test: no retries of their own, a
     * connection always to the request URI's origin, and failures reported as a {@link ResourceAccessException}
     * around the adapter's {@code IOException}, which is unwrapped as {@link ContractClient#await} unwraps a failed
     * future.
     */
    abstract static class BlockingClientUnderTest implements ContractClient {
        /** Sends through the client's own API. */
        abstract ContractResponse exchange(ContractRequest request) throws IOException;

        @Override
        public final ContractResponse send(ContractRequest request) throws Exception {
            try {
                return exchange(request);
            } catch (ResourceAccessException failed) {
                throw failed.getCause() instanceof IOException cause ? cause : failed;
            }
        }

        /** The JDK client connects to the request URI's origin and refuses a Host header naming another. */
        @Override
        public final ContractResponse sendConnectingTo(URI connectTo, ContractRequest request) {
            throw new UnsupportedOperationException("Spring's blocking clients over the JDK client always connect to the request URI's origin");
        }

        @Override
        public final int retriedStatus() {
            return 0;
        }

        @Override
        public final void close() {
            // the JDK clients have no close() before Java 21; their threads end when they are collected
        }
    }

    /**
     * Sends as a {@code RestClient} caller does: a typed body through the message converters (which state its length),
     * an untyped or streamed one as a {@link StreamingHttpOutputMessage.Body} — with its length for an untyped body,
     * without for a streamed one.
     */
    static final class RestClientUnderTest extends BlockingClientUnderTest {
        private final RestClient client;

        RestClientUnderTest(RestClient client) {
            this.client = client;
        }

        @Override
        ContractResponse exchange(ContractRequest request) {
            RestClient.RequestBodySpec spec = client.method(HttpMethod.valueOf(request.method())).uri(request.uri());
            request.headers().forEach(spec::header);
            ContractRequest.Body body = request.body();
            if (body != null) {
                byte[] bytes = body.bytes();
                if (body.contentType() != null) {
                    spec.contentType(MediaType.parseMediaType(body.contentType()));
                }
                if (body.streaming() || body.contentType() == null) {
                    if (!body.streaming()) {
                        spec.contentLength(bytes.length);
                    }
                    spec.body((StreamingHttpOutputMessage.Body) out -> out.write(bytes));
                } else {
                    spec.body(bytes);
                }
            }
            return spec.exchange((req, response) -> new ContractResponse(response.getStatusCode().value(),
                    new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
        }
    }
}
