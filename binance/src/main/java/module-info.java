/**
 * The exchange's signing rules: REST and WebSocket API payloads, timestamps, clock offset ({@code dev.signet.binance});
 * endpoint scopes, the signing policy and trading limits ({@code dev.signet.binance.guard}).
 */
module dev.signet.binance {
    requires transitive dev.signet.core;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports dev.signet.binance;
    exports dev.signet.binance.guard;
    exports dev.signet.binance.internal to dev.signet.testkit;
}
