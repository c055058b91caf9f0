/** The exchange's signing rules: REST and WebSocket API payloads, timestamps, clock offset, endpoint scopes. */
module dev.signet.binance {
    requires transitive dev.signet.core;
    requires transitive com.fasterxml.jackson.databind;
    requires transitive java.net.http;

    exports dev.signet.binance;
}
