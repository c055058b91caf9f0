/** Signet module dev.signet.http.apache5. */
module dev.signet.http.apache5 {
    requires transitive dev.signet.core;
    requires transitive dev.signet.binance;
    requires transitive org.apache.httpcomponents.client5.httpclient5;
    requires transitive org.apache.httpcomponents.core5.httpcore5;
}
