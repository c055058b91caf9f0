package dev.signet.binance.guard;

import dev.signet.binance.BinanceRequest;
import dev.signet.binance.RequestWriter;

/** The guard that allows everything; only {@link RequestGuard#unguarded()} hands it out, so signers can recognise it. */
enum Unguarded implements RequestGuard {
    INSTANCE;

    @Override
    public void check(BinanceRequest request) {
        // signs everything: the caller chose RequestGuard.unguarded()
    }

    @Override
    public void check(RequestWriter writer) {
        // signs everything, and builds nothing to say so
    }

    @Override
    public String toString() {
        return "RequestGuard.unguarded()";
    }
}
