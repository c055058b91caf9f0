/**
 * A {@link dev.signet.binance.guard.LimitStore} on Redis ({@link dev.signet.limits.redis.RedisLimitStore}): one
 * trading-limit count and open notional shared by a fleet of bots.
 */
module dev.signet.limits.redis {
    requires transitive dev.signet.binance;
    requires redis.clients.jedis;
    requires org.apache.commons.pool2;

    exports dev.signet.limits.redis;
}
