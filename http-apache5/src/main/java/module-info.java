/** Apache HttpClient 5 exec-chain handlers (classic and async) that sign exchange requests. */
module dev.signet.http.apache5 {
    requires transitive dev.signet.binance;
    requires transitive org.apache.httpcomponents.client5.httpclient5;
    requires transitive org.apache.httpcomponents.core5.httpcore5;

    exports dev.signet.http.apache5;
}
