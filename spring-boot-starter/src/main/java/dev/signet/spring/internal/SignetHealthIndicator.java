package dev.signet.spring.internal;

import java.util.function.Supplier;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** Spring Boot 3's Actuator view of {@link SignetHealth}: {@code /actuator/health/signet}. */
public final class SignetHealthIndicator implements HealthIndicator {
    private final Supplier<SignetHealth> report;

    /** Reports what {@code report} says at each health check. */
    public SignetHealthIndicator(Supplier<SignetHealth> report) {
        this.report = report;
    }

    @Override
    public Health health() {
        SignetHealth now = report.get();
        return (now.up() ? Health.up() : Health.down()).withDetails(now.details()).build();
    }
}
