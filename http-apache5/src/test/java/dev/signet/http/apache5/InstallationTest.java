package dev.signet.http.apache5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.core.SigningAlgorithm;
import dev.signet.testkit.MockExchange;
import dev.signet.testkit.RecordedRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** installOn works on every shape of exec chain, and refuses to install twice. */
class InstallationTest {
    private MockExchange exchange;
    private HttpRequestSigner signer;

    @BeforeEach
    void start() {
        exchange = MockExchange.start();
        signer = exchange.signerFor(exchange.testCredentials(SigningAlgorithm.ED25519));
    }

    @AfterEach
    void stop() {
        exchange.close();
    }

    private static final List<UnaryOperator<HttpClientBuilder>> CLASSIC_SHAPES = List.of(b -> b, HttpClientBuilder::disableAutomaticRetries,
            HttpClientBuilder::disableRedirectHandling, HttpClientBuilder::disableContentCompression,
            b -> b.disableAutomaticRetries().disableRedirectHandling().disableContentCompression().disableCookieManagement()
                    .disableAuthCaching().disableConnectionState(),
            b -> b.addExecInterceptorFirst("theirs-first", (request, scope, chain) -> chain.proceed(request, scope))
                    .addExecInterceptorLast("theirs-last", (request, scope, chain) -> chain.proceed(request, scope))
                    .replaceExecInterceptor(ChainElement.RETRY.name(), (request, scope, chain) -> chain.proceed(request, scope)));

    private static final List<UnaryOperator<HttpAsyncClientBuilder>> ASYNC_SHAPES = List.of(b -> b,
            HttpAsyncClientBuilder::disableAutomaticRetries, HttpAsyncClientBuilder::disableRedirectHandling,
            b -> b.disableAutomaticRetries().disableRedirectHandling().disableCookieManagement().disableAuthCaching()
                    .disableConnectionState(),
            b -> b.addExecInterceptorFirst("theirs-first", (request, producer, scope, chain, callback) -> chain.proceed(request, producer, scope,
                    callback)).addExecInterceptorLast("theirs-last", (request, producer, scope, chain, callback) -> chain.proceed(request,
                    producer, scope, callback)));

    @Test
    void theClassicClientSignsWhateverItsChainLooksLike() throws Exception {
        for (UnaryOperator<HttpClientBuilder> shape : CLASSIC_SHAPES) {
            try (CloseableHttpClient client = SigningExecHandler.create(signer).installOn(shape.apply(HttpClients.custom())).build()) {
                assertThat(client.execute(new HttpGet(exchange.baseUri() + "/api/v3/account"), ClassicHttpResponse::getCode)).isEqualTo(200);
            }
        }
        assertThat(exchange.requests()).hasSize(CLASSIC_SHAPES.size()).allMatch(RecordedRequest::accepted);
    }

    @Test
    void theAsyncClientSignsWhateverItsChainLooksLike() throws Exception {
        for (UnaryOperator<HttpAsyncClientBuilder> shape : ASYNC_SHAPES) {
            try (CloseableHttpAsyncClient client = AsyncSigningExecHandler.create(signer).installOn(shape.apply(HttpAsyncClients.custom())).build()) {
                client.start();
                assertThat(client.execute(SimpleRequestBuilder.get(exchange.baseUri() + "/api/v3/account").build(), null)
                        .get(10, TimeUnit.SECONDS).getCode()).isEqualTo(200);
            }
        }
        assertThat(exchange.requests()).hasSize(ASYNC_SHAPES.size()).allMatch(RecordedRequest::accepted);
    }

    @Test
    void aRetryOfTheCallersOwnIsSignedAfresh() throws Exception {
        ExecChainHandler retryOn503 = (request, scope, chain) -> {
            ClassicHttpResponse response = chain.proceed(request, scope);
            if (response.getCode() != 503) {
                return response;
            }
            response.close();
            return chain.proceed(request, scope);
        };
        exchange.answerNext("/api/v3/account", 503, Map.of());
        HttpClientBuilder builder = SigningExecHandler.create(signer).installOn(HttpClients.custom().disableAutomaticRetries());
        try (CloseableHttpClient client = builder.addExecInterceptorFirst("theirs-retry", retryOn503).build()) {
            assertThat(client.execute(new HttpGet(exchange.baseUri() + "/api/v3/account"), ClassicHttpResponse::getCode)).isEqualTo(200);
        }
        assertThat(exchange.requests()).hasSize(2).allSatisfy(r -> assertThat(r.errorCode()).isZero());
        assertThat(exchange.requests().get(1).param("timestamp")).isNotEqualTo(exchange.requests().get(0).param("timestamp"));
    }

    @Test
    void installingTwiceOnOneBuilderIsRefused() {
        HttpClientBuilder classic = HttpClients.custom();
        SigningExecHandler.create(signer).installOn(classic);
        assertThatThrownBy(() -> SigningExecHandler.create(signer).installOn(classic)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already installed");
        HttpAsyncClientBuilder async = HttpAsyncClients.custom();
        AsyncSigningExecHandler.create(signer).installOn(async);
        assertThatThrownBy(() -> AsyncSigningExecHandler.create(signer).installOn(async)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already installed");
    }
}
