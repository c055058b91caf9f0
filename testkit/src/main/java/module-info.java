/** The {@link dev.signet.testkit.MockExchange} and its JUnit 5 extension, for testing bots offline. */
module dev.signet.testkit {
    requires transitive dev.signet.core;
    requires transitive dev.signet.binance;
    requires jdk.httpserver;
    requires static org.junit.jupiter.api;

    exports dev.signet.testkit;
}
