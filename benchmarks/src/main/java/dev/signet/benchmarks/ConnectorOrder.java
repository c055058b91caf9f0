package dev.signet.benchmarks;

import com.binance.connector.client.utils.UrlBuilder;
import com.binance.connector.client.utils.signaturegenerator.SignatureGenerator;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The order as binance-connector-java 3.4.1 builds and signs it per request (its {@code RequestHandler
 * .sendSignedRequest}, up to the HTTP call): a parameter map, {@code timestamp} added, the generator's signature over
 * {@code UrlBuilder.joinQueryParameters}, the signature put in the map, {@code UrlBuilder.buildFullUrl}.
 */
final class ConnectorOrder {
    private static final String BASE_URL = "https://api.binance.com";
    private final SignatureGenerator generator;

    ConnectorOrder(SignatureGenerator generator) {
        this.generator = generator;
    }

    /** The signed URL the connector would send. */
    String sign() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("symbol", "LTCBTC");
        parameters.put("side", "BUY");
        parameters.put("type", "LIMIT");
        parameters.put("timeInForce", "GTC");
        parameters.put("quantity", BigDecimal.ONE);
        parameters.put("price", new BigDecimal("0.1"));
        parameters.put("recvWindow", 5000);
        parameters.putIfAbsent("timestamp", UrlBuilder.buildTimestamp());
        parameters.put("signature", generator.getSignature(UrlBuilder.joinQueryParameters(parameters)));
        return UrlBuilder.buildFullUrl(BASE_URL, "/api/v3/order", parameters);
    }
}
