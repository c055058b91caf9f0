package dev.signet.spring;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.testkit.contract.ClientSettings;
import dev.signet.testkit.contract.ContractClient;
import dev.signet.testkit.contract.ContractRequest;
import dev.signet.testkit.contract.ContractResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.DefaultResponseErrorHandler;
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

    /** Sends through {@code RestTemplate.execute}, writing the body in the request callback. */
    static final class RestTemplateUnderTest extends BlockingClientUnderTest {
        private final RestTemplate template;

        RestTemplateUnderTest(RestTemplate template) {
            this.template = template;
        }

        @Override
        ContractResponse exchange(ContractRequest request) {
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
        }
    }
}
