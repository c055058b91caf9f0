package dev.signet.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.signet.binance.HttpRequestSigner;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Run only in the {@code boot4} execution, on Spring Boot 4: the starter refuses to install itself on Boot 4's HTTP
 * clients (it cannot keep them from following exchange redirects there), and with
 * {@code signet.http.customize-builders=false} its beans — signers, interceptor, filter — start for manual wiring.
 */
class SpringBootFourTest {
    private static String[] arguments(String... more) {
        TestCredentials credentials = TestCredentials.create();
        String[] base = {"--spring.main.web-application-type=none", "--signet.credentials.api-key-file=" + credentials.apiKeyFile(),
            "--signet.credentials.api-secret-file=" + credentials.secretFile()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void theStarterRefusesBootFoursClients() {
        Throwable failure = catchThrowable(() -> SpringApplication.run(BootTestApplication.class, arguments()).close());
        assertThat(failure).rootCause().hasMessageContaining("Spring Boot 4 moved it");
    }

    @Test
    void toldToStayOffTheClientsItsBeansStart() {
        try (ConfigurableApplicationContext context = SpringApplication.run(BootTestApplication.class,
                arguments("--signet.http.customize-builders=false"))) {
            assertThat(context.getBean(HttpRequestSigner.class)).isNotNull();
            assertThat(context.getBean(SigningClientHttpRequestInterceptor.class)).isNotNull();
            assertThat(context.getBean(SigningExchangeFilterFunction.class)).isNotNull();
        }
    }
}
