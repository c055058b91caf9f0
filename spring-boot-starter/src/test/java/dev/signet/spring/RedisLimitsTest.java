package dev.signet.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.signet.binance.SigningRefusedException;
import dev.signet.binance.guard.LimitStore;
import dev.signet.limits.redis.RedisLimitStore;
import dev.signet.limits.redis.RedisServer;
import dev.signet.testkit.MockExchange;
import dev.signet.testkit.RecordedRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * {@code signet.limits.store=redis} against a real {@code redis-server}: two applications configured only through
 * {@code spring.data.redis.*} share one daily order count, so the second one's order past the limit is refused.
 */
class RedisLimitsTest {
    private static final String ORDER = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=30000";

    @TempDir
    Path dir;

    @Test
    void twoApplicationsShareTheDailyOrderCountInRedis() throws Exception {
        TestCredentials credentials = TestCredentials.create();
        String namespace = "spring-" + System.nanoTime();
        try (RedisServer redis = RedisServer.ephemeral(dir); MockExchange exchange = credentials.registerWith(MockExchange.start());
                ConfigurableApplicationContext first = start(credentials, redis, namespace);
                ConfigurableApplicationContext second = start(credentials, redis, namespace)) {
            assertThat(first.getBean(LimitStore.class)).isInstanceOf(RedisLimitStore.class);
            assertThat(order(first, exchange)).isNull();
            Throwable refused = order(second, exchange);
            assertThat(refused).isInstanceOf(ResourceAccessException.class).cause().isInstanceOf(SigningRefusedException.class)
                    .hasMessageContaining("per UTC day");
            assertThat(exchange.requests()).singleElement().matches(RecordedRequest::accepted);
        }
    }

    private static ConfigurableApplicationContext start(TestCredentials credentials, RedisServer redis, String namespace) {
        return SpringApplication.run(BootTestApplication.class, "--spring.main.web-application-type=none",
                "--signet.allowed-hosts=127.0.0.1", "--signet.credentials.api-key-file=" + credentials.apiKeyFile(),
                "--signet.credentials.api-secret-file=" + credentials.secretFile(), "--signet.limits.store=redis",
                "--signet.limits.max-orders-per-utc-day=1", "--signet.limits.redis.namespace=" + namespace,
                "--spring.data.redis.host=127.0.0.1", "--spring.data.redis.port=" + redis.port());
    }

    private static Throwable order(ConfigurableApplicationContext context, MockExchange exchange) {
        return catchThrowable(() -> context.getBean(RestClient.Builder.class).build().post().uri(exchange.baseUri().resolve("/api/v3/order"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(ORDER).retrieve().toBodilessEntity());
    }
}
