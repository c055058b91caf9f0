package dev.signet.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.BinanceRequest;
import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.RequestSigner;
import dev.signet.binance.WebSocketRequestSigner;
import dev.signet.binance.guard.PermissionDeniedException;
import dev.signet.binance.guard.Scope;
import dev.signet.binance.guard.SigningPolicy;
import dev.signet.binance.guard.TradingLimits;
import dev.signet.core.SignetException;
import dev.signet.credentials.CredentialsProvider;
import dev.signet.credentials.FileCredentialsProvider;
import dev.signet.spring.autoconfigure.SignetAutoConfiguration;
import dev.signet.spring.autoconfigure.SignetHttpClientsAutoConfiguration;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.client.RestClientCustomizer;

/** The beans {@code signet.*} makes, and that each one backs off for the application's own. No HTTP, no server. */
class SignetBeansTest {
    private static final TestCredentials CREDENTIALS = TestCredentials.create();
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SignetAutoConfiguration.class))
            .withPropertyValues("signet.credentials.api-key-file=" + CREDENTIALS.apiKeyFile(),
                    "signet.credentials.api-secret-file=" + CREDENTIALS.secretFile());

    @Test
    void theDefaultsSignReadAndSpotTradeOnlyWithNoLimits() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(HttpRequestSigner.class).hasSingleBean(WebSocketRequestSigner.class)
                    .doesNotHaveBean(TradingLimits.class);
            assertThat(context.getBean(SigningPolicy.class).allowedScopes()).containsExactlyInAnyOrder(Scope.READ, Scope.SPOT_TRADE);
            assertThat(context.getBean(KeyRotation.class).watched()).containsExactly(CREDENTIALS.apiKeyFile(), CREDENTIALS.secretFile());
        });
    }

    @Test
    void scopesListedReplaceTheDefaults() {
        runner.withPropertyValues("signet.policy.scopes=read,futures").run(context -> {
            RequestSigner signer = context.getBean(RequestSigner.class);
            assertThat(context.getBean(SigningPolicy.class).allowedScopes()).containsExactlyInAnyOrder(Scope.READ, Scope.FUTURES);
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> signer.sign(BinanceRequest.post("/api/v3/order")
                    .bodyParam("symbol", "BTCUSDT").build()))).isInstanceOf(PermissionDeniedException.class);
        });
    }

    @Test
    void withdrawalsCannotBeListedAsAScope() {
        runner.withPropertyValues("signet.policy.scopes=read,withdraw").run(context -> assertThat(context).getFailure()
                .rootCause().isInstanceOf(SignetException.class).hasMessageContaining("signet.policy.allow-withdrawals-and-transfers"));
    }

    @Test
    void limitsComeFromProperties(@TempDir Path state) {
        runner.withPropertyValues("signet.limits.max-orders-per-utc-day=2", "signet.limits.state-file=" + state.resolve("limits"))
                .run(context -> assertThat(context.getBean(TradingLimits.class).ordersToday()).isZero());
    }

    @Test
    void aPrefixAndFilesTogetherAreRefused() {
        runner.withPropertyValues("signet.credentials.prefix=BINANCE").run(context -> assertThat(context).getFailure()
                .rootCause().hasMessageContaining("both signet.credentials.prefix and signet.credentials.*-file"));
    }

    @Test
    void everyBeanBacksOffForTheApplicationsOwn() {
        CredentialsProvider own = FileCredentialsProvider.builder().apiKeyFile(CREDENTIALS.apiKeyFile())
                .apiSecretFile(CREDENTIALS.secretFile()).build();
        SigningPolicy readOnly = SigningPolicy.builder().deny(Scope.SPOT_TRADE).build();
        runner.withBean(CredentialsProvider.class, () -> own).withBean(SigningPolicy.class, () -> readOnly).run(context -> {
            assertThat(context.getBean(CredentialsProvider.class)).isSameAs(own);
            assertThat(context.getBean(SigningPolicy.class)).isSameAs(readOnly);
        });
    }

    @Test
    void aSpringBootWithoutBoot3sClientCustomizersIsRefused() {
        ApplicationContextRunner clients = runner.withConfiguration(AutoConfigurations.of(SignetHttpClientsAutoConfiguration.class));
        clients.run(context -> assertThat(context).hasNotFailed().hasSingleBean(RestClientCustomizer.class));
        clients.withClassLoader(new FilteredClassLoader(RestClientCustomizer.class)).run(context -> assertThat(context).getFailure()
                .rootCause().hasMessageContaining("Spring Boot 4 moved it").hasMessageContaining("signet.http.customize-builders=false"));
        clients.withClassLoader(new FilteredClassLoader(RestClientCustomizer.class)).withPropertyValues("signet.http.customize-builders=false")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(SigningClientHttpRequestInterceptor.class));
    }

    @Test
    void signetEnabledFalseMakesNothing() {
        runner.withPropertyValues("signet.enabled=false").run(context -> assertThat(context).doesNotHaveBean(KeyRotation.class));
    }
}
