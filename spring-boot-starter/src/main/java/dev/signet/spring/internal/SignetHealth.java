package dev.signet.spring.internal;

import dev.signet.binance.ServerTimeOffset;
import dev.signet.binance.guard.TradingLimits;
import dev.signet.core.CredentialMetadata;
import dev.signet.spring.KeyRotation;
import dev.signet.spring.autoconfigure.SignetProperties;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What Signet's health indicator reports, independent of the Actuator version: the credentials' source, API key
 * (abbreviated), algorithm and fingerprint, the key's age against the warning and maximum ages, the rotation state,
 * trading-limit usage and the server-time offset. Never a secret. Down only when the active key is past the
 * configured maximum age.
 *
 * <pre>{@code SignetHealth health = SignetHealth.of(keys, limits, offset, properties); health.details();}</pre>
 *
 * @param up whether Signet can sign
 * @param details the report, in display order
 */
public record SignetHealth(boolean up, Map<String, Object> details) {
    /** The report on {@code keys}, {@code limits} (if any) and {@code time} as configured by {@code properties}. */
    public static SignetHealth of(KeyRotation keys, Optional<TradingLimits> limits, ServerTimeOffset time, SignetProperties properties) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("credentials", credentials(keys));
        details.put("rotation", rotation(keys));
        limits.ifPresent(l -> details.put("limits", limits(l, properties.getLimits())));
        Map<String, Object> clock = new LinkedHashMap<>();
        clock.put("serverTimeOffsetMillis", time.offsetMillis());
        if (properties.getTime().getServerTimeUrl() != null) {
            clock.put("serverTimeUrl", Quoting.escape(properties.getTime().getServerTimeUrl().toString()));
        }
        details.put("time", clock);
        boolean tooOld = keys.keyMaxAge().flatMap(max -> keys.activeKeyAge().map(age -> age.compareTo(max) > 0)).orElse(false);
        return new SignetHealth(!tooOld, details);
    }

    private static Map<String, Object> credentials(KeyRotation keys) {
        Map<String, Object> c = new LinkedHashMap<>();
        var active = keys.keyedSigners().get();
        Optional<CredentialMetadata> metadata = keys.activeMetadata();
        c.put("source", metadata.map(m -> Quoting.escape(m.source())).orElse("unknown"));
        c.put("apiKey", active.apiKey().abbreviated());
        c.put("algorithm", active.signer().algorithm().cliName());
        c.put("fingerprint", active.fingerprint());
        metadata.flatMap(CredentialMetadata::created).ifPresent(created -> c.put("created", created.toString()));
        Optional<Duration> age = keys.activeKeyAge();
        c.put("ageDays", age.map(Duration::toDays).orElse(null));
        c.put("ageWarningDays", keys.keyAgeWarning().toDays());
        keys.keyMaxAge().ifPresent(max -> c.put("maxAgeDays", max.toDays()));
        c.put("rotationDue", age.map(a -> a.compareTo(keys.keyAgeWarning()) > 0).orElse(false));
        return c;
    }

    private static Map<String, Object> rotation(KeyRotation keys) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("polling", keys.pollInterval().isZero() ? "off" : "every " + keys.pollInterval());
        r.put("watching", keys.watched().stream().map(p -> Quoting.escape(p.toString())).toList());
        r.put("rotations", keys.rotations());
        keys.lastRotation().ifPresent(at -> r.put("lastRotation", at.toString()));
        keys.pendingProblem().ifPresent(problem -> r.put("rejectedUpdate", Quoting.escape(problem)));
        return r;
    }

    private static Map<String, Object> limits(TradingLimits limits, SignetProperties.Limits configured) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("ordersToday", limits.ordersToday());
        if (configured.getMaxOrdersPerUtcDay() != null) {
            l.put("maxOrdersPerUtcDay", configured.getMaxOrdersPerUtcDay());
        }
        if (configured.getMaxOpenNotionalPerSymbol() != null) {
            Map<String, Object> open = new LinkedHashMap<>();
            configured.getSymbols().forEach(symbol -> open.put(symbol, limits.openNotional(symbol).toPlainString()));
            l.put("openNotional", open);
            l.put("maxOpenNotionalPerSymbol", configured.getMaxOpenNotionalPerSymbol().toPlainString());
        }
        return l;
    }
}
