package dev.signet.spring.internal;

import dev.signet.binance.guard.PermissionDeniedException;
import dev.signet.binance.guard.RequestGuard;
import dev.signet.binance.guard.TradingLimitExceededException;
import dev.signet.core.KeyedSigner;
import dev.signet.core.SigningAlgorithm;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Counts what the request signers do — keys handed out for signing, by algorithm, and guard refusals, by reason —
 * with one {@link LongAdder} increment on the signing path; the metrics binder reads the counts. Works without
 * Micrometer on the class path.
 */
public final class SigningEvents {
    /** The refusal reasons counted: the signing policy's scopes, and the trading limits. */
    public enum Refusal {
        /** A {@link PermissionDeniedException}: the endpoint's scope is not allowed. */
        SCOPE,
        /** A {@link TradingLimitExceededException}: a trading limit would be crossed. */
        LIMIT
    }

    private final Map<SigningAlgorithm, LongAdder> signatures = new EnumMap<>(SigningAlgorithm.class);
    private final Map<Refusal, LongAdder> refusals = new EnumMap<>(Refusal.class);

    /** Counters at zero. */
    public SigningEvents() {
        for (SigningAlgorithm algorithm : SigningAlgorithm.values()) {
            signatures.put(algorithm, new LongAdder());
        }
        for (Refusal reason : Refusal.values()) {
            refusals.put(reason, new LongAdder());
        }
    }

    /** {@code source}, counting each pair it hands out for a signature. */
    public Supplier<KeyedSigner> counting(Supplier<KeyedSigner> source) {
        return () -> {
            KeyedSigner active = source.get();
            signatures.get(active.signer().algorithm()).increment();
            return active;
        };
    }

    /** {@code guard}, counting its refusals by reason. */
    public RequestGuard observing(RequestGuard guard) {
        return request -> {
            try {
                guard.check(request);
            } catch (PermissionDeniedException e) {
                refusals.get(Refusal.SCOPE).increment();
                throw e;
            } catch (TradingLimitExceededException e) {
                refusals.get(Refusal.LIMIT).increment();
                throw e;
            }
        };
    }

    /** Signatures made with {@code algorithm}'s keys so far. */
    public long signatures(SigningAlgorithm algorithm) {
        return signatures.get(algorithm).sum();
    }

    /** Requests refused for {@code reason} so far. */
    public long refusals(Refusal reason) {
        return refusals.get(reason).sum();
    }
}
