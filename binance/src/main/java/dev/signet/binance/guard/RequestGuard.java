package dev.signet.binance.guard;

import dev.signet.binance.BinanceRequest;

/**
 * A check a {@link RequestSigner} runs before signing; throwing refuses the request and nothing is signed.
 * {@code SigningPolicy} (scopes) and {@code TradingLimits} implement it.
 *
 * <pre>{@code RequestSigner.builder().guard(SigningPolicy.defaults())}</pre>
 */
@FunctionalInterface
public interface RequestGuard {
    /** Allows everything. */
    RequestGuard NONE = request -> { };

    /**
     * Refuses {@code request} by throwing.
     *
     * @throws dev.signet.binance.guard.PermissionDeniedException when the endpoint's scope is not allowed
     * @throws dev.signet.binance.guard.TradingLimitExceededException when a trading limit would be crossed
     */
    void check(BinanceRequest request);

    /** This check, then {@code next}. */
    default RequestGuard andThen(RequestGuard next) {
        return request -> {
            check(request);
            next.check(request);
        };
    }
}
