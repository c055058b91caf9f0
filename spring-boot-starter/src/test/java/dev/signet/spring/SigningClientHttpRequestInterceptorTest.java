package dev.signet.spring;

import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.net.http.HttpClient;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/** The interceptor on a hand-built {@code RestClient} over the JDK client, which does not follow redirects. */
class SigningClientHttpRequestInterceptorTest extends SigningAdapterCases {
    private RestClient client;

    @Override
    void createClient() {
        client = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory(HttpClient.newHttpClient()))
                .requestInterceptor(SigningClientHttpRequestInterceptor.create(signer)).build();
    }

    @Override
    int send(String method, URI uri, String form) {
        RestClient.RequestBodySpec request = client.method(HttpMethod.valueOf(method)).uri(uri);
        if (form != null) {
            request.contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form);
        }
        return request.exchange((req, response) -> response.getStatusCode().value());
    }

    @Override
    Throwable refusal(String method, URI uri, String form) {
        Throwable thrown = catchThrowable(() -> send(method, uri, form));
        return thrown instanceof ResourceAccessException ? thrown.getCause() : thrown;
    }
}
