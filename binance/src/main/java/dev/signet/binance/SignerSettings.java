package dev.signet.binance;

import dev.signet.binance.guard.RequestGuard;
import dev.signet.binance.guard.SigningPolicy;
import dev.signet.core.KeyedSigner;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the REST and WebSocket request signers' builders share: where the (API key, signer) pair comes from, the
 * clock, and the guard run before anything is signed.
 *
 * @param <B> the concrete builder
 */
public abstract class SignerSettings<B extends SignerSettings<B>> {
    Supplier<KeyedSigner> keyedSigner;
    ServerTimeOffset time = ServerTimeOffset.none(Clock.systemUTC());
    RequestGuard guard = SigningPolicy.defaults();

    SignerSettings() {}

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** A fixed API key and signer. */
    public B keyedSigner(KeyedSigner signer) {
        Objects.requireNonNull(signer, "signer");
        this.keyedSigner = () -> signer;
        return self();
    }

    /** Reads the active key and signer per request (for rotation without restart). */
    public B keyedSignerSource(Supplier<KeyedSigner> source) {
        this.keyedSigner = Objects.requireNonNull(source, "source");
        return self();
    }

    /** Timestamps from {@code clock} with no server offset. */
    public B clock(Clock clock) {
        this.time = ServerTimeOffset.none(clock);
        return self();
    }

    /** Timestamps from a server-time offset estimate. */
    public B serverTimeOffset(ServerTimeOffset offset) {
        this.time = Objects.requireNonNull(offset, "offset");
        return self();
    }

    /**
     * The check run before anything is signed (default {@link SigningPolicy#defaults()}): usually a
     * {@link SigningPolicy} with its scopes and trading limits, the same for the REST and WebSocket signers.
     * {@link RequestGuard#unguarded()} signs everything, a WebSocket logon included.
     */
    public B guard(RequestGuard guard) {
        this.guard = Objects.requireNonNull(guard, "guard");
        return self();
    }

    Supplier<KeyedSigner> requiredKeyedSigner() {
        return Objects.requireNonNull(keyedSigner, "keyedSigner: call keyedSigner(...) or keyedSignerSource(...)");
    }
}
