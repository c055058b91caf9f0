/** Signet module dev.signet.testkit. */
module dev.signet.testkit {
    requires transitive dev.signet.core;
    requires dev.signet.binance;
    requires jdk.httpserver;
    requires static org.junit.jupiter.api;
}
