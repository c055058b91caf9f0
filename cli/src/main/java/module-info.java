/** The {@code signet} command. */
module dev.signet.cli {
    requires dev.signet.core;
    requires dev.signet.keys;
    requires dev.signet.binance;
    requires dev.signet.testkit;
    requires dev.signet.signing.rsa;
    requires info.picocli;

    opens dev.signet.cli to info.picocli;
}
