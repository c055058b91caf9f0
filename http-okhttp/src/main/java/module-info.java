/** Signet module dev.signet.http.okhttp. */
module dev.signet.http.okhttp {
    requires transitive dev.signet.core;
    requires transitive dev.signet.binance;
    requires transitive okhttp3;
}
