package dev.signet.spring.internal;

import dev.signet.binance.guard.TradingLimits;
import dev.signet.core.SigningAlgorithm;
import dev.signet.spring.KeyRotation;
import dev.signet.spring.autoconfigure.SignetProperties;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Signet's Micrometer meters: {@code signet.signatures} (counter, tag {@code algorithm}), {@code signet.refusals}
 * (counter, tag {@code reason}: {@code scope} or {@code limit}), {@code signet.key.rotations} (counter),
 * {@code signet.key.age} (time gauge), and with trading limits {@code signet.limits.orders} (orders signed today,
 * UTC), {@code signet.limits.orders.max} and {@code signet.limits.open.notional} (per symbol). Counters read the
 * {@link SigningEvents} and {@link KeyRotation} counts, so signing pays no registry lookup.
 */
public final class SignetMetrics implements MeterBinder {
    private final SigningEvents events;
    private final KeyRotation keys;
    private final Optional<TradingLimits> limits;
    private final SignetProperties.Limits configured;

    /** Meters over these beans. */
    public SignetMetrics(SigningEvents events, KeyRotation keys, Optional<TradingLimits> limits, SignetProperties properties) {
        this.events = events;
        this.keys = keys;
        this.limits = limits;
        this.configured = properties.getLimits();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (SigningAlgorithm algorithm : SigningAlgorithm.values()) {
            FunctionCounter.builder("signet.signatures", events, e -> e.signatures(algorithm)).tag("algorithm", algorithm.cliName())
                    .description("Requests signed, by key algorithm").register(registry);
        }
        for (SigningEvents.Refusal reason : SigningEvents.Refusal.values()) {
            FunctionCounter.builder("signet.refusals", events, e -> e.refusals(reason)).tag("reason", reason.name().toLowerCase(Locale.ROOT))
                    .description("Requests the signing policy (scope) or the trading limits (limit) refused to sign").register(registry);
        }
        FunctionCounter.builder("signet.key.rotations", keys, KeyRotation::rotations)
                .description("Times the signing key was replaced without a restart").register(registry);
        TimeGauge.builder("signet.key.age", keys, TimeUnit.SECONDS, k -> k.activeKeyAge().map(Duration::getSeconds).orElse(-1L))
                .description("Age of the active signing key (-1 when unknown)").register(registry);
        limits.ifPresent(l -> bindLimits(l, registry));
    }

    private void bindLimits(TradingLimits limits, MeterRegistry registry) {
        Gauge.builder("signet.limits.orders", limits, TradingLimits::ordersToday).description("Orders signed today (UTC)")
                .register(registry);
        if (configured.getMaxOrdersPerUtcDay() != null) {
            Gauge.builder("signet.limits.orders.max", configured, c -> c.getMaxOrdersPerUtcDay())
                    .description("The most orders signed per UTC day").register(registry);
        }
        if (configured.getMaxOpenNotionalPerSymbol() != null) {
            for (String symbol : configured.getSymbols()) {
                Gauge.builder("signet.limits.open.notional", limits, l -> l.openNotional(symbol).doubleValue()).tag("symbol", symbol)
                        .description("Notional signed and not yet released, per symbol").register(registry);
            }
        }
    }
}
