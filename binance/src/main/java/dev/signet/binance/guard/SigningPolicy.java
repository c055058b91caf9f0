package dev.signet.binance.guard;

import dev.signet.binance.BinanceRequest;
import dev.signet.binance.RequestWriter;
import dev.signet.binance.internal.Quoted;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What this process may sign: least privilege on the client, whatever the key allows on the exchange. It allows a set
 * of endpoint {@link Scope}s — by default {@link Scope#READ} and {@link Scope#SPOT_TRADE}; withdrawals and transfers
 * need the loudly named {@link Builder#allowWithdrawalsAndTransfers()}, API-key management
 * {@link Builder#allowKeyManagement()}, unknown endpoints {@link Builder#allowUnknownEndpoints()} — and optionally
 * applies {@link TradingLimits} to every request in a trading scope. A refused request throws
 * {@link PermissionDeniedException} or {@link TradingLimitExceededException} and nothing is signed. Every signer
 * applies {@link #defaults()} unless code passes another guard.
 *
 * <pre>{@code RequestSigner.builder().guard(SigningPolicy.builder().allow(Scope.FUTURES).tradingLimits(limits).build())}</pre>
 */
public final class SigningPolicy implements RequestGuard {
    private static final SigningPolicy DEFAULTS = builder().build();

    private final Set<Scope> allowed;
    private final TradingLimits limits;

    private SigningPolicy(Builder b) {
        this.allowed = Collections.unmodifiableSet(EnumSet.copyOf(b.allowed));
        this.limits = b.limits;
    }

    /** READ and SPOT_TRADE, no trading limits: what a signer built without a guard applies. */
    public static SigningPolicy defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The scopes this policy signs for. */
    public Set<Scope> allowedScopes() {
        return allowed;
    }

    /** The trading limits applied to requests in a trading scope, if any. */
    public Optional<TradingLimits> tradingLimits() {
        return Optional.ofNullable(limits);
    }

    /** Checks the scope, then the trading limits. Allocates nothing for a request that places no order. */
    @Override
    public void check(BinanceRequest request) {
        Endpoint endpoint = allowedEndpoint(request.method(), request.path());
        refuseApiKeyParameter(request.queryParams());
        refuseApiKeyParameter(request.bodyParams());
        if (limits != null && endpoint.isTrading()) {
            limits.check(request, endpoint);
        }
    }

    /**
     * Checks the scope, then the trading limits, reading the writer's method, path and names in place: allocates
     * nothing unless trading limits read its orders (they check {@link RequestWriter#request()}).
     */
    @Override
    public void check(RequestWriter writer) {
        Endpoint endpoint = allowedEndpoint(writer.method(), writer.path());
        for (int i = 0; i < writer.parameterCount(); i++) {
            refuseApiKeyParameter(writer.parameterName(i));
        }
        if (limits != null && endpoint.isTrading()) {
            limits.check(writer.request(), endpoint);
        }
    }

    private Endpoint allowedEndpoint(String method, String path) {
        Endpoint endpoint = EndpointTable.lookup(method, path);
        Scope scope = endpoint.scope();
        if (!allowed.contains(scope)) {
            throw new PermissionDeniedException("signing policy refuses " + method + " " + Quoted.of(path, 200)
                    + ": it needs scope " + scope + ", and this process may only sign " + allowed + hint(scope) + "; nothing was signed");
        }
        return endpoint;
    }

    private static void refuseApiKeyParameter(List<Map.Entry<String, String>> params) {
        for (int i = 0; i < params.size(); i++) { // no iterator: this runs for every request
            refuseApiKeyParameter(params.get(i).getKey());
        }
    }

    /**
     * REST sends the key in a header, never as a parameter. A REST payload {@code apiKey=…&timestamp=…} is also a
     * WebSocket {@code session.logon} payload, so signing one would hand out a session the guard cannot see.
     */
    private static void refuseApiKeyParameter(String name) {
        if (name.equals("apiKey")) {
            throw new PermissionDeniedException("a REST request never carries the API key as a parameter (it goes in the "
                    + "X-MBX-APIKEY header); signed with one, its signature would also log a WebSocket session in. Remove "
                    + "'apiKey'; nothing was signed");
        }
    }

    private static String hint(Scope scope) {
        switch (scope) {
            case WITHDRAW:
            case TRANSFER:
                return " (enable with SigningPolicy.builder().allowWithdrawalsAndTransfers() only in a process that must move funds)";
            case KEY_MANAGEMENT:
                return " (enable with SigningPolicy.builder().allowKeyManagement() only in a process that must manage API keys)";
            case UNKNOWN:
                return " (an endpoint Signet does not know; enable with SigningPolicy.builder().allowUnknownEndpoints())";
            default:
                return " (enable with SigningPolicy.builder().allow(Scope." + scope + "))";
        }
    }

    @Override
    public String toString() {
        return "SigningPolicy" + allowed + (limits == null ? "" : " with trading limits");
    }

    /** Configures a {@link SigningPolicy}. */
    public static final class Builder {
        private final Set<Scope> allowed = EnumSet.of(Scope.READ, Scope.SPOT_TRADE);
        private TradingLimits limits;

        private Builder() {}

        /** Also allows these trading or reading scopes. */
        public Builder allow(Scope... scopes) {
            for (Scope scope : scopes) {
                if (scope == Scope.WITHDRAW || scope == Scope.TRANSFER || scope == Scope.KEY_MANAGEMENT || scope == Scope.UNKNOWN) {
                    throw new IllegalArgumentException(scope + " is enabled only through its named option: "
                            + "allowWithdrawalsAndTransfers(), allowKeyManagement() or allowUnknownEndpoints()");
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

        /** Allows creating, deleting and re-permissioning API keys. A trading bot should never need this. */
        public Builder allowKeyManagement() {
            allowed.add(Scope.KEY_MANAGEMENT);
            return this;
        }

        /** Allows signed endpoints that are not in {@link EndpointScopes}; with trading limits they are still refused. */
        public Builder allowUnknownEndpoints() {
            allowed.add(Scope.UNKNOWN);
            return this;
        }

        /** Applies {@code limits} to every request in a trading scope (and to unknown endpoints). */
        public Builder tradingLimits(TradingLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** The policy. */
        public SigningPolicy build() {
            return new SigningPolicy(this);
        }
    }
}
