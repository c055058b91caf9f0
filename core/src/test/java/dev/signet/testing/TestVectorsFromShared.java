package dev.signet.testing;

/** The exchange's published example values, read from the copied vector file (never pasted into code). */
public final class TestVectorsFromShared {
    private TestVectorsFromShared() {}

    /** The HMAC secret the exchange publishes in its signing examples. */
    public static String exchangeExampleSecret() {
        return TestVectors.load("exchange/binance_rest_hmac_examples.json").get("secret").asText();
    }

    /** The API key the exchange publishes in its signing examples. */
    public static String exchangeExampleApiKey() {
        return TestVectors.load("exchange/binance_rest_hmac_examples.json").get("apiKey").asText();
    }
}
