package dev.signet.spring.autoconfigure;

import dev.signet.binance.ServerTimeOffset;
import dev.signet.binance.guard.TradingLimits;
import dev.signet.spring.KeyRotation;
import dev.signet.spring.internal.SignetHealth;
import dev.signet.spring.internal.SignetHealthIndicator;
import dev.signet.spring.internal.SecretSanitizer;
import dev.signet.spring.internal.SignetMetrics;
import dev.signet.spring.internal.SigningEvents;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Signet's Actuator health indicator ({@code /actuator/health/signet}), Micrometer meters ({@code signet.*}) and a
 * sanitizer that keeps secrets out of {@code /actuator/env} even when values are shown, each when its library is on
 * the class path.
 *
 * <pre>{@code management.endpoint.health.show-details: always  # to see the key's fingerprint, age and limits}</pre>
 */
@AutoConfiguration(after = SignetAutoConfiguration.class)
@ConditionalOnBean(KeyRotation.class)
public class SignetActuatorAutoConfiguration {
    /** Spring Boot 3's Actuator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    static class HealthIndicators {
        @Bean
        @ConditionalOnMissingBean(name = "signetHealthIndicator")
        SignetHealthIndicator signetHealthIndicator(KeyRotation keys, ObjectProvider<TradingLimits> limits, ServerTimeOffset time,
                SignetProperties properties) {
            return new SignetHealthIndicator(() -> SignetHealth.of(keys, Optional.ofNullable(limits.getIfAvailable()), time, properties));
        }
    }

    /** Masks secret-named properties in Actuator's {@code env} and {@code configprops} endpoints. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
    static class Sanitizing {
        @Bean
        @ConditionalOnMissingBean(name = "signetSecretSanitizer")
        SecretSanitizer signetSecretSanitizer() {
            return new SecretSanitizer();
        }
    }

    /** Micrometer. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
    static class Metrics {
        @Bean
        @ConditionalOnMissingBean
        SignetMetrics signetMetrics(SigningEvents events, KeyRotation keys, ObjectProvider<TradingLimits> limits, SignetProperties properties) {
            return new SignetMetrics(events, keys, Optional.ofNullable(limits.getIfAvailable()), properties);
        }
    }
}
