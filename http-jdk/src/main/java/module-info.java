/** The drop-in for the JDK {@link java.net.http.HttpClient}: signs exchange requests, follows redirects itself. */
module dev.signet.http.jdk {
    requires transitive dev.signet.binance;
    requires transitive java.net.http;

    exports dev.signet.http.jdk;
}
