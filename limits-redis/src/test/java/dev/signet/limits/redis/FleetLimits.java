package dev.signet.limits.redis;

// tag::redis-fleet[]
import dev.signet.binance.guard.LimitStore;
import dev.signet.binance.guard.TradingLimits;
import dev.signet.limits.redis.RedisLimitStore;
import java.nio.file.Path;
// end::redis-fleet[]

/** The README's fleet setup; {@link RedisSecurityTest} runs it against a TLS server with the README's ACL user. */
final class FleetLimits {
    private FleetLimits() {
    }

    // tag::redis-fleet[]
    /** One day's order count for every bot of the fleet, kept by Redis over TLS as the ACL user "bot". */
    static TradingLimits fleetLimits(String host, int port, Path caFile, Path passwordFile) {
        LimitStore fleet = RedisLimitStore.builder().host(host).port(port).tls(caFile)
                .user("bot").passwordFile(passwordFile).namespace("binance-main").build();
        return TradingLimits.builder().maxOrdersPerUtcDay(500).limitStore(fleet).build();
    }
    // end::redis-fleet[]
}
