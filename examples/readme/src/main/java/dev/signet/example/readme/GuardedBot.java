package dev.signet.example.readme;

// tag::guard-the-bot[]
import dev.signet.binance.RequestSigner;
import dev.signet.binance.WebSocketApi;
import dev.signet.binance.WebSocketRequestSigner;
import dev.signet.binance.guard.SigningPolicy;
import dev.signet.binance.guard.TradingLimits;
import dev.signet.credentials.CredentialsProvider;
import dev.signet.credentials.DefaultCredentialsProvider;
import dev.signet.credentials.KeyAgeMonitor;
import dev.signet.credentials.RotatingKeyedSigner;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/** A bot's signers: least privilege, trading limits, and a key that rotates without a restart. */
final class GuardedBot implements AutoCloseable {
    final RotatingKeyedSigner keys;
    final RequestSigner signer;
    final WebSocketRequestSigner ws;

    /**
     * @param keyFile the file BINANCE_PRIVATE_KEY_FILE names, e.g. /run/secrets/binance-key.pem
     * @param orderCount where the day's order count lives, e.g. /var/lib/bot/orders.state
     */
    GuardedBot(Path keyFile, Path orderCount) {
        CredentialsProvider provider = DefaultCredentialsProvider.builder().prefix("BINANCE").build();
        TradingLimits limits = TradingLimits.builder().allowedSymbols(Set.of("BTCUSDT"))
                .maxNotionalPerOrder(new BigDecimal("500")).maxOpenNotionalPerSymbol(new BigDecimal("2000"))
                .maxOrdersPerUtcDay(200, orderCount).build();
        keys = RotatingKeyedSigner.builder().source(provider).watch(keyFile).pollInterval(Duration.ofSeconds(5))
                .keyAgeMonitor(KeyAgeMonitor.defaults()).build();                       // warns past 90 days
        SigningPolicy policy = SigningPolicy.builder().tradingLimits(limits).build();  // READ + SPOT_TRADE, limited
        signer = RequestSigner.builder().keyedSignerSource(keys).guard(policy).build();
        ws = WebSocketRequestSigner.builder().api(WebSocketApi.SPOT).keyedSignerSource(keys).guard(policy).build();
    }

    @Override
    public void close() {
        keys.close();   // wipes the key (a replaced key is wiped 10 s after its rotation)
    }
}
// end::guard-the-bot[]
