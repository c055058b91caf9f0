/** The {@code signet} command. */
module dev.signet.cli {
    requires dev.signet.core;
    requires info.picocli;

    opens dev.signet.cli to info.picocli;
}
