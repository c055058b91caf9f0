package dev.signet.http.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.SigningRefusedException;
import dev.signet.core.Credentials;
import dev.signet.core.SigningAlgorithm;
import dev.signet.testkit.MockExchange;
import dev.signet.testkit.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What happens when the interceptor is added some other way than {@link SigningInterceptor#installOn}. */
class SigningInterceptorInstallationTest {
    private MockExchange exchange;
    private MockExchange elsewhere;
    private SigningInterceptor interceptor;

    @BeforeEach
    void start() {
        exchange = MockExchange.start();
        elsewhere = MockExchange.start();
        Credentials credentials = exchange.testCredentials(SigningAlgorithm.ED25519);
        HttpRequestSigner signer = exchange.signerFor(credentials);
        interceptor = SigningInterceptor.create(signer);
    }

    @AfterEach
    void stop() {
        exchange.close();
        elsewhere.close();
    }

    private Request account() {
        return new Request.Builder().url(exchange.baseUri() + "/api/v3/account").build();
    }

    @Test
    void addedWithAddInterceptorItRefusesExchangeRequestsBeforeSendingThem() throws Exception {
        OkHttpClient client = new OkHttpClient.Builder().addInterceptor(interceptor).build();
        assertThatThrownBy(() -> client.newCall(account()).execute()).isInstanceOf(SigningRefusedException.class)
                .hasMessageContaining("add it with SigningInterceptor.installOn(builder)");
        assertThat(exchange.requests()).isEmpty();
        try (Response other = client.newCall(new Request.Builder().url(elsewhere.baseUri() + "/api/v3/account")
                .header("X-MBX-APIKEY", "not for you").build()).execute()) {
            assertThat(other.code()).isEqualTo(401);
        }
        assertThat(elsewhere.requests()).singleElement().satisfies(r -> assertThat(r.apiKeyHeader()).isEmpty());
    }

    @Test
    void addedWithAddNetworkInterceptorItRefusesExchangeRequestsBeforeSendingThem() {
        OkHttpClient client = new OkHttpClient.Builder().addNetworkInterceptor(interceptor).build();
        assertThatThrownBy(() -> client.newCall(account()).execute()).isInstanceOf(SigningRefusedException.class)
                .hasMessageContaining("installOn");
        assertThat(exchange.requests()).isEmpty();
    }

    @Test
    void addedToASecondBuilderAsAnApplicationInterceptorTheCallFailsAndWhatLeftIsUnsigned() throws Exception {
        try (Response installed = interceptor.installOn(new OkHttpClient.Builder()).build().newCall(account()).execute()) {
            assertThat(installed.code()).isEqualTo(200);
        }
        OkHttpClient misconfigured = new OkHttpClient.Builder().addInterceptor(interceptor).build();
        assertThatThrownBy(() -> misconfigured.newCall(account()).execute()).isInstanceOf(SigningRefusedException.class)
                .hasMessageContaining("went out unsigned").hasMessageContaining("installOn(builder)");
        assertThat(exchange.requests()).extracting(RecordedRequest::accepted).containsExactly(true, false);
        assertThat(exchange.requests().get(1).apiKeyHeader()).isEmpty();
        assertThat(exchange.requests().get(1).rawQuery()).doesNotContain("signature", "timestamp");
    }
}
