package dev.signet.binance.guard;

import dev.signet.binance.BinanceRequest;
import dev.signet.binance.RequestWriter;

/**
 * A check a signer runs before signing; throwing refuses the request and nothing is signed. Every signer applies
 * {@link SigningPolicy#defaults()} unless code passes another guard; {@link #unguarded()} is the one way to sign
 * everything.
 *
 * <pre>{@code RequestSigner.builder().guard(SigningPolicy.builder().allow(Scope.FUTURES).tradingLimits(limits).build())}</pre>
 */
@FunctionalInterface
public interface RequestGuard {
    /**
     * Refuses {@code request} by throwing.
     *
     * @throws dev.signet.binance.guard.PermissionDeniedException when the endpoint's scope is not allowed
     * @throws dev.signet.binance.guard.TradingLimitExceededException when a trading limit would be crossed
     */
    void check(BinanceRequest request);

    /**
     * Refuses the request {@code writer} is about to sign by throwing, as {@link #check(BinanceRequest)} would refuse
     * {@code writer.request()}. The default builds that request (it allocates); {@link SigningPolicy} reads the
     * writer's method, path and names in place and allocates nothing unless it has trading limits.
     */
    default void check(RequestWriter writer) {
        check(writer.request());
    }

    /** This check, then {@code next}. */
    default RequestGuard andThen(RequestGuard next) {
        return request -> {
            check(request);
            next.check(request);
        };
    }

    /**
     * Signs everything, withdrawals and transfers included, and lets a WebSocket signer log a session in without a
     * guarded session. A signer built with it logs a warning. Meant for tools that sign what a person typed, never for
     * a trading bot.
     */
    static RequestGuard unguarded() {
        return Unguarded.INSTANCE;
    }
}
