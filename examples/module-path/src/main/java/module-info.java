/** A trading bot written as a named module: it reads only what Signet exports. */
module dev.signet.example.modulepath {
    requires dev.signet.core;
    requires dev.signet.keys;
    requires dev.signet.binance;
}
