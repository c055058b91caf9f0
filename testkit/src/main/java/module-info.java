/**
 * The {@link dev.signet.testkit.MockExchange} and its JUnit 5 extension, for testing bots offline; the adapter
 * contract ({@link dev.signet.testkit.contract.HttpAdapterContract}) every HTTP adapter passes.
 */
module dev.signet.testkit {
    requires transitive dev.signet.core;
    requires transitive dev.signet.binance;
    requires dev.signet.keys;
    requires jdk.httpserver;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires static org.junit.jupiter.api;
    requires static org.junit.jupiter.params;
    requires static org.assertj.core;

    exports dev.signet.testkit;
    exports dev.signet.testkit.contract;
}
