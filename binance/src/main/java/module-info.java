/** Signet module dev.signet.binance. */
module dev.signet.binance {
    requires transitive dev.signet.core;
}
