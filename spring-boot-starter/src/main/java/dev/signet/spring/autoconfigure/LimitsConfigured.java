package dev.signet.spring.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when any {@code signet.limits.*} limit is set: only then is a {@code TradingLimits} bean made. */
final class LimitsConfigured extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        boolean configured = Binder.get(context.getEnvironment()).bind("signet.limits", SignetProperties.Limits.class)
                .map(SignetProperties.Limits::isConfigured).orElse(false);
        return configured ? ConditionOutcome.match("a signet.limits.* limit is set") : ConditionOutcome.noMatch("no signet.limits.* limit is set");
    }
}
