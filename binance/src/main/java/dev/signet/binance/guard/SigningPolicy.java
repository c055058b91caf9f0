package dev.signet.binance.guard;

import dev.signet.binance.BinanceRequest;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which endpoint scopes this process may sign for: least privilege on the client, whatever the key allows on the
 * exchange. The default allows {@link Scope#READ} and {@link Scope#SPOT_TRADE}; withdrawals and transfers need the
 * loudly named {@link Builder#allowWithdrawalsAndTransfers()}, unknown endpoints {@link Builder#allowUnknownEndpoints()}.
 * A refused request throws {@link PermissionDeniedException} and nothing is signed.
 *
 * <pre>{@code RequestSigner.builder().guard(SigningPolicy.builder().allow(Scope.FUTURES).build())}</pre>
 */
public final class SigningPolicy implements RequestGuard {
    private final Set<Scope> allowed;

    private SigningPolicy(Set<Scope> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    /** READ and SPOT_TRADE. */
    public static SigningPolicy defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The scopes this policy signs for. */
    public Set<Scope> allowedScopes() {
        return allowed;
    }

    @Override
    public void check(BinanceRequest request) {
        Scope scope = request.scope();
        if (!allowed.contains(scope)) {
            throw new PermissionDeniedException("signing policy refuses " + request.method() + " " + request.path() + ": it needs scope "
                    + scope + ", and this process may only sign " + allowed + hint(scope) + "; nothing was signed");
        }
    }

    private static String hint(Scope scope) {
        switch (scope) {
            case WITHDRAW:
            case TRANSFER:
                return " (enable with SigningPolicy.builder().allowWithdrawalsAndTransfers() only in a process that must move funds)";
            case UNKNOWN:
                return " (an endpoint Signet does not know; enable with SigningPolicy.builder().allowUnknownEndpoints())";
            default:
                return " (enable with SigningPolicy.builder().allow(Scope." + scope + "))";
        }
    }

    @Override
    public String toString() {
        return "SigningPolicy" + allowed;
    }

    /** Configures a {@link SigningPolicy}. */
    public static final class Builder {
        private final Set<Scope> allowed = EnumSet.of(Scope.READ, Scope.SPOT_TRADE);

        private Builder() {}

        /** Also allows these trading or reading scopes. */
        public Builder allow(Scope... scopes) {
            for (Scope scope : scopes) {
                if (scope == Scope.WITHDRAW || scope == Scope.TRANSFER || scope == Scope.UNKNOWN) {
                    throw new IllegalArgumentException(scope + " is enabled only through its named option: "
                            + "allowWithdrawalsAndTransfers() or allowUnknownEndpoints()");
                }
                allowed.add(scope);
            }
            return this;
        }

        /** Removes a scope, e.g. SPOT_TRADE for a read-only monitor. */
        public Builder deny(Scope scope) {
            allowed.remove(scope);
            return this;
        }

        /** Allows moving funds off the exchange or between wallets. A trading bot should never need this. */
        public Builder allowWithdrawalsAndTransfers() {
            allowed.add(Scope.WITHDRAW);
            allowed.add(Scope.TRANSFER);
            return this;
        }

        /** Allows signed endpoints that are not in {@link EndpointScopes}. */
        public Builder allowUnknownEndpoints() {
            allowed.add(Scope.UNKNOWN);
            return this;
        }

        /** The policy. */
        public SigningPolicy build() {
            return new SigningPolicy(allowed);
        }
    }
}
