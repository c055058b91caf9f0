package dev.signet.spring.autoconfigure;

import dev.signet.binance.guard.LimitStore;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.Secret;
import dev.signet.core.SignetException;
import dev.signet.limits.redis.RedisLimitStore;
import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The trading limits' shared store when {@code signet.limits.store=redis}: a {@code RedisLimitStore} on the server
 * Spring Boot's own Redis settings name ({@code spring.data.redis.host}, {@code port}, {@code username},
 * {@code password}, {@code ssl.enabled}, {@code timeout}), or the password in {@code signet.limits.redis.password-file}.
 * Built at startup, so a server that cannot be reached or refuses the credentials stops the application; closed with
 * the context.
 *
 * <pre>{@code signet.limits.store: redis   # spring.data.redis.host: redis.internal}</pre>
 */
@AutoConfiguration(before = SignetAutoConfiguration.class)
@ConditionalOnClass(name = "dev.signet.limits.redis.RedisLimitStore")
@ConditionalOnProperty(prefix = "signet.limits", name = "store", havingValue = "redis")
@EnableConfigurationProperties(SignetProperties.class)
public class SignetRedisLimitsAutoConfiguration {
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    LimitStore signetRedisLimitStore(Environment environment, SignetProperties properties) {
        Binder spring = Binder.get(environment);
        for (String unread : new String[] {"spring.data.redis.url", "spring.data.redis.sentinel.master", "spring.data.redis.cluster.nodes"}) {
            if (spring.bind(unread, String.class).isBound()) {
                throw new SignetException(unread + " is set, and Signet's Redis limit store does not read it (it would count "
                        + "the orders on another server); refusing to start. Set spring.data.redis.host, port, username, "
                        + "ssl.enabled (and the password) instead: every bot must name the same single Redis server");
            }
        }
        SignetProperties.Limits.Redis redis = properties.getLimits().getRedis();
        RedisLimitStore.Builder store = RedisLimitStore.builder().namespace(redis.getNamespace())
                .host(spring.bind("spring.data.redis.host", String.class).orElse("localhost"))
                .port(spring.bind("spring.data.redis.port", Integer.class).orElse(6379));
        spring.bind("spring.data.redis.username", String.class).ifBound(store::user);
        spring.bind("spring.data.redis.timeout", Duration.class).ifBound(store::timeout);
        if (spring.bind("spring.data.redis.ssl.enabled", Boolean.class).orElse(false)) {
            store.tls();
        }
        if (redis.getPasswordFile() != null) {
            store.passwordFile(redis.getPasswordFile());
            return store.build();
        }
        String password = spring.bind("spring.data.redis.password", String.class).orElse(null);
        if (password == null) {
            return store.build();
        }
        // Spring's own Redis password, as Spring Data Redis uses it; the store copies it and wipes its copy on close
        try (Secret secret = InsecureSecretAccess.secretFromString(password)) {
            return store.password(secret).build();
        }
    }
}
