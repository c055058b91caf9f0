/** The {@code signet} command. */
module dev.signet.cli {
    requires dev.signet.core;
    requires dev.signet.keys;
    requires dev.signet.pkcs11;
    requires dev.signet.binance;
    requires dev.signet.http.jdk;
    requires dev.signet.testkit;
    requires dev.signet.scan;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;

    opens dev.signet.cli to info.picocli;
}
