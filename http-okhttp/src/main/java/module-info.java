/** OkHttp interceptors that sign exchange requests: one line on an existing {@code OkHttpClient.Builder}. */
module dev.signet.http.okhttp {
    requires transitive dev.signet.binance;
    requires transitive okhttp3;
    requires okio;

    exports dev.signet.http.okhttp;
}
