package dev.signet.binance.guard;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.signet.binance.BinanceRequest;
import dev.signet.binance.internal.Quoted;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the orders of a request to a trading endpoint, as {@link OrderShape} describes them: every parameter must be
 * one the exchange documents for the endpoint and appear once; symbols, quantities and prices must be readable
 * ({@link Decimals}). Anything it cannot read is refused, never skipped.
 */
final class OrderReader {
    /** The exchange accepts at most 5 orders per futures batch. */
    static final int MAX_BATCH = 5;
    private static final int MAX_BATCH_TEXT = 16 * 1024;
    private static final int MAX_SYMBOL = 32;
    private static final JsonFactory JSON = new JsonFactory();

    private OrderReader() {}

    /**
     * One order as the limits see it.
     *
     * @param symbol the symbol, upper case
     * @param count orders the exchange creates for it
     * @param legs the priced quantities its notional adds up
     */
    record Order(String symbol, int count, List<Leg> legs) {}

    /**
     * One priced quantity.
     *
     * @param buy whether it buys (a sell below the market fills at the market, so its notional takes the reference price too)
     * @param quantity the base quantity (contracts on COIN-M), null for a quote quantity or a close-position order
     * @param quoteQuantity the quote quantity, or null
     * @param highestPrice the highest price it names, or null
     * @param floating whether it may execute at the market's price (market type, trailing, pegged, price match, no price)
     */
    record Leg(boolean buy, BigDecimal quantity, BigDecimal quoteQuantity, BigDecimal highestPrice, boolean floating) {}

    /** The orders of {@code request} to {@code endpoint}, whose shape places orders. */
    static List<Order> read(Endpoint endpoint, BinanceRequest request) {
        OrderShape shape = endpoint.shape();
        Map<String, String> params = params(request, shape.names, request.method() + " " + request.path());
        if (!shape.isBatch()) {
            return List.of(order(shape, params, shape.orders));
        }
        List<Order> orders = new ArrayList<>(MAX_BATCH);
        for (Map<String, String> element : batch(params.get("batchOrders"), shape.element())) {
            orders.add(order(shape.element(), element, shape.orders));
        }
        return orders;
    }

    private static Map<String, String> params(BinanceRequest request, Set<String> names, String endpoint) {
        Map<String, String> params = new HashMap<>();
        for (List<Map.Entry<String, String>> part : List.of(request.queryParams(), request.bodyParams())) {
            for (Map.Entry<String, String> p : part) {
                put(params, p.getKey(), p.getValue(), names, endpoint);
            }
        }
        return params;
    }

    private static void put(Map<String, String> params, String name, String value, Set<String> names, String where) {
        if (!names.contains(name)) {
            throw new TradingLimitExceededException(where + ": parameter " + Quoted.of(name) + " is not one the exchange documents "
                    + "for this order, and it could carry a size Signet does not read; remove it. Nothing was signed");
        }
        if (params.put(name, value) != null) {
            throw new TradingLimitExceededException(where + ": parameter " + Quoted.of(name) + " is sent twice, so which one the "
                    + "exchange reads is unclear; send it once. Nothing was signed");
        }
    }

    private static Order order(OrderShape shape, Map<String, String> params, int count) {
        String symbol = symbol(params.get("symbol"));
        List<Leg> legs = new ArrayList<>(shape.parts.size());
        for (OrderShape.Part part : shape.parts) {
            legs.add(leg(part, params, symbol));
        }
        return new Order(symbol, count, legs);
    }

    private static String symbol(String symbol) {
        if (symbol == null || symbol.isEmpty() || symbol.length() > MAX_SYMBOL) {
            throw new TradingLimitExceededException("an order needs a symbol of 1 to " + MAX_SYMBOL + " characters, got "
                    + (symbol == null ? "none" : Quoted.of(symbol)) + "; nothing was signed");
        }
        for (int i = 0; i < symbol.length(); i++) {
            char c = symbol.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                throw new TradingLimitExceededException("symbol " + Quoted.of(symbol) + " must be letters, digits and '_'; nothing was signed");
            }
        }
        return symbol.toUpperCase(Locale.ROOT);
    }

    private static Leg leg(OrderShape.Part part, Map<String, String> params, String symbol) {
        BigDecimal highest = null;
        for (String name : part.prices()) {
            String value = params.get(name);
            if (value != null) {
                BigDecimal price = Decimals.positive(name, value);
                highest = highest == null ? price : highest.max(price);
            }
        }
        boolean floating = highest == null;
        for (String name : part.floating()) {
            floating |= params.containsKey(name);
        }
        for (String name : part.types()) {
            floating |= "MARKET".equalsIgnoreCase(params.get(name));
        }
        boolean buy = "BUY".equalsIgnoreCase(params.get(part.side()));
        String quantity = params.get(part.quantity());
        if (quantity != null) {
            return new Leg(buy, Decimals.positive(part.quantity(), quantity), null, highest, floating);
        }
        String quote = part.quoteQuantity() == null ? null : params.get(part.quoteQuantity());
        if (quote != null) {
            return new Leg(buy, null, Decimals.positive(part.quoteQuantity(), quote), highest, floating);
        }
        if ("true".equalsIgnoreCase(params.get("closePosition"))) {
            return new Leg(buy, null, null, highest, floating); // closes what is open: adds no exposure
        }
        throw new TradingLimitExceededException("an order on " + symbol + " has no " + part.quantity()
                + (part.quoteQuantity() == null ? "" : " or " + part.quoteQuantity()) + ", so its notional is unknown; nothing was signed");
    }

    /** The elements of a {@code batchOrders} JSON list, each an object of scalar values with the names of {@code shape}. */
    private static List<Map<String, String>> batch(String json, OrderShape shape) {
        if (json == null || json.length() > MAX_BATCH_TEXT) {
            throw malformedBatch();
        }
        List<Map<String, String>> orders = new ArrayList<>(MAX_BATCH);
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw malformedBatch();
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token != JsonToken.START_OBJECT || orders.size() == MAX_BATCH) {
                    throw malformedBatch();
                }
                Map<String, String> order = new HashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (value == null || !value.isScalarValue() || value == JsonToken.VALUE_NULL) {
                        throw malformedBatch();
                    }
                    put(order, name, parser.getText(), shape.names, "an order in batchOrders");
                }
                orders.add(order);
            }
            if (orders.isEmpty() || parser.nextToken() != null) {
                throw malformedBatch();
            }
        } catch (IOException notJson) {
            throw malformedBatch();
        }
        return orders;
    }

    private static TradingLimitExceededException malformedBatch() {
        return new TradingLimitExceededException("batchOrders must be a JSON array of 1 to " + MAX_BATCH + " order objects whose "
                + "values are strings or numbers (at most " + MAX_BATCH_TEXT + " characters); nothing was signed");
    }
}
