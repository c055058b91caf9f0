package dev.signet.limits.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.BinanceRequest;
import dev.signet.binance.guard.SigningPolicy;
import dev.signet.binance.guard.TradingLimitExceededException;
import dev.signet.binance.guard.TradingLimits;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "one bot / several bots on one host / a fleet" snippets, compiled and run (paths point at temp folders). */
class StoreChoiceTest {
    private static final BinanceRequest ORDER = BinanceRequest.post("/api/v3/order").param("symbol", "BTCUSDT").param("side", "BUY")
            .param("type", "LIMIT").param("quantity", "1").param("price", "100").build();
    @TempDir
    Path varLib;

    /** What a signer runs before signing. */
    private static SigningPolicy guard(TradingLimits limits) {
        return SigningPolicy.builder().tradingLimits(limits).build();
    }

    @Test
    void oneBot() {
        TradingLimits limits = TradingLimits.builder().maxOrdersPerUtcDay(200, varLib.resolve("orders.state")).build();

        guard(limits).check(ORDER);
        assertThat(limits.ordersToday()).isEqualTo(1);
    }

    @Test
    void severalBotsOnOneHost() {
        // each bot process builds the same limits on the same file; they share one count and one open notional
        TradingLimits.Builder everyBot = TradingLimits.builder().maxOrdersPerUtcDay(200, varLib.resolve("orders.state"))
                .maxOpenNotionalPerSymbol(new BigDecimal("150"));
        TradingLimits first = everyBot.build();
        TradingLimits second = everyBot.build();

        guard(first).check(ORDER);
        assertThatThrownBy(() -> guard(second).check(ORDER)).isInstanceOf(TradingLimitExceededException.class);
        assertThat(second.ordersToday()).isEqualTo(1);
    }

    @Test
    void aFleet() throws Exception {
        try (RedisServer redis = RedisServer.persistent(varLib.resolve("redis"))) {
            // on every host: same namespace, same limits (add .tls(caFile).user("bot").passwordFile(file) in production)
            try (RedisLimitStore fleet = RedisLimitStore.builder().host("127.0.0.1").port(redis.port()).namespace("binance-main").build();
                    RedisLimitStore otherHost = RedisLimitStore.builder().host("127.0.0.1").port(redis.port()).namespace("binance-main")
                            .build()) {
                TradingLimits limits = TradingLimits.builder().maxOrdersPerUtcDay(1).limitStore(fleet).build();
                TradingLimits elsewhere = TradingLimits.builder().maxOrdersPerUtcDay(1).limitStore(otherHost).build();

                guard(limits).check(ORDER);
                assertThatThrownBy(() -> guard(elsewhere).check(ORDER)).isInstanceOf(TradingLimitExceededException.class);
            }
        }
    }
}
