package dev.signet.limits.redis;

import dev.signet.binance.testing.LimitHammer;
import java.time.Duration;

/** A hammering process on a {@link RedisLimitStore}: {@code RedisHammer PORT NAMESPACE MAX_ORDERS THREADS}. */
public final class RedisHammer {
    private RedisHammer() {}

    public static void main(String[] args) throws Exception {
        LimitHammer.run(RedisLimitStore.builder().host("127.0.0.1").port(Integer.parseInt(args[0])).namespace(args[1])
                .timeout(Duration.ofMillis(300)).build(), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
    }
}
