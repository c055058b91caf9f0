package dev.signet.spring;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.testkit.contract.ClientSettings;
import dev.signet.testkit.contract.ContractClient;
import dev.signet.testkit.contract.ContractRequest;
import dev.signet.testkit.contract.ContractResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestTemplate;

/**
 * The adapter contract on {@code RestTemplate} with the same interceptor and routing as {@link RestClientContractTest}
 * (whose cases it inherits, the streamed-body case included: {@code RestTemplate} buffers bodies for interceptors too).
 */
class RestTemplateContractTest extends RestClientContractTest {
    @Override
    protected ContractClient newClient(HttpRequestSigner signer, ClientSettings settings) {
        RestTemplate template = new RestTemplate(routing(signer, settings));
        template.getInterceptors().add(SigningClientHttpRequestInterceptor.create(signer));
        template.setErrorHandler(new DefaultResponseErrorHandler() {
            @Override
            public boolean hasError(ClientHttpResponse response) {
                return false; // the contract reads every status itself
            }
        });
        return new RestTemplateUnderTest(template);
    }

    /**
     * Sends through {@code RestTemplate.execute}, writing the body in the request callback. A failure arrives as
     * {@code RestTemplate} reports it, a {@link ResourceAccessException} around the adapter's {@code IOException},
     * which is unwrapped as {@link ContractClient#await} unwraps a failed future.
     */
    static final class RestTemplateUnderTest implements ContractClient {
        private final RestTemplate template;

        RestTemplateUnderTest(RestTemplate template) {
            this.template = template;
        }

        @Override
        public ContractResponse send(ContractRequest request) throws Exception {
            try {
                return template.execute(request.uri(), HttpMethod.valueOf(request.method()), out -> {
                    request.headers().forEach(out.getHeaders()::set);
                    ContractRequest.Body body = request.body();
                    if (body != null) {
                        if (body.contentType() != null) {
                            out.getHeaders().set("Content-Type", body.contentType());
                        }
                        out.getBody().write(body.bytes());
                    }
                }, response -> new ContractResponse(response.getStatusCode().value(),
                        new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
            } catch (ResourceAccessException failed) {
                throw failed.getCause() instanceof IOException cause ? cause : failed;
            }
        }

        /** {@code RestTemplate} connects to the request URI's origin, and the JDK client refuses a Host header naming another. */
        @Override
        public ContractResponse sendConnectingTo(URI connectTo, ContractRequest request) {
            throw new UnsupportedOperationException("RestTemplate over the JDK client always connects to the request URI's origin");
        }

        @Override
        public int retriedStatus() {
            return 0;
        }

        @Override
        public void close() {
            // the JDK clients have no close() before Java 21; their threads end when they are collected
        }
    }
}
