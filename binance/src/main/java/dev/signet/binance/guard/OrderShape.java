package dev.signet.binance.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How {@link TradingLimits} reads the orders of one trading endpoint, from the parameter tables of the exchange's
 * docs: which parameters an order may carry (any other is refused, as it could carry a size Signet does not read),
 * how many orders the exchange creates, and the {@link Part}s whose notionals add up to the order's. Endpoints that
 * place nothing are {@link #NONE}; trading endpoints whose orders cannot be read are {@link #UNREADABLE}.
 */
enum OrderShape {
    /** Places no order: cancels, queries, listen keys, leverage and margin-mode settings, reduce-only amends. */
    NONE(0, ""),
    /** Places orders Signet cannot read (manual liquidation, convert, small-liability exchange): refused under limits. */
    UNREADABLE(0, ""),
    /** A spot, margin or futures order: {@code quantity} (or {@code quoteOrderQty}) at its prices. */
    SINGLE(1, Names.SINGLE, Part.single("quantity", "quoteOrderQty", "side", "type", "price stopPrice activationPrice",
            "trailingDelta callbackRate pegPriceType priceMatch")),
    /** A test order: read and checked like {@link #SINGLE} (its signature is valid for the real endpoint too), not counted. */
    TEST(0, Names.SINGLE, SINGLE.parts),
    /** Spot cancel-replace: the new order's parameters plus which order to cancel. */
    CANCEL_REPLACE(1, Names.SINGLE + " cancelReplaceMode cancelNewClientOrderId cancelOrigClientOrderId cancelOrderId "
            + "cancelRestrictions orderRateLimitExceededMode", SINGLE.parts),
    /** A USDⓈ-M conditional (algo) order: prices include the trigger and activation prices. */
    ALGO(1, "algoType symbol side positionSide type timeInForce quantity price triggerPrice workingType priceMatch "
            + "closePosition priceProtect reduceOnly activatePrice callbackRate clientAlgoId newOrderRespType "
            + "selfTradePreventionMode goodTillDate",
            Part.single("quantity", null, "side", "type", "price triggerPrice activatePrice", "callbackRate priceMatch")),
    /** A futures order modification: the new quantity at the new price. */
    MODIFY(1, Names.MODIFY, Part.single("quantity", null, "side", "", "price", "priceMatch")),
    /** A TWAP or volume-participation algo: {@code quantity} at {@code limitPrice}, or at the market without one. */
    TWAP(1, "symbol side positionSide quantity duration urgency clientAlgoId reduceOnly limitPrice",
            Part.single("quantity", null, "side", "", "limitPrice", "")),
    /** The deprecated spot and margin OCO: one quantity, a limit leg and a stop leg. */
    LEGACY_OCO(2, "symbol listClientOrderId side quantity limitClientOrderId price limitStrategyId limitStrategyType "
            + "limitIcebergQty trailingDelta stopClientOrderId stopPrice stopStrategyId stopStrategyType stopLimitPrice "
            + "stopIcebergQty stopLimitTimeInForce newOrderRespType selfTradePreventionMode " + Names.MARGIN,
            Part.single("quantity", null, "side", "", "price stopPrice stopLimitPrice", "trailingDelta")),
    /** An OCO order list: one quantity, an above and a below leg. */
    OCO(2, Names.LIST + " side quantity " + Names.legs("above", Names.OCO_LEG) + " " + Names.legs("below", Names.OCO_LEG),
            Part.oco("quantity", "side", "above", "below")),
    /** One-triggers-the-other: a working order, then a pending one. */
    OTO(2, Names.LIST + " " + Names.WORKING + " " + Names.legs("pending", Names.LEG + " Quantity"),
            Part.WORKING, Part.leg("pendingQuantity", "pending")),
    /** One-triggers-OCO: a working order, then a pending OCO of {@code pendingQuantity}. */
    OTOCO(3, Names.LIST + " " + Names.WORKING + " pendingSide pendingQuantity " + Names.legs("pendingAbove", Names.OCO_LEG)
            + " " + Names.legs("pendingBelow", Names.OCO_LEG), Part.WORKING,
            Part.oco("pendingQuantity", "pendingSide", "pendingAbove", "pendingBelow")),
    /** One-pays-the-other: like OTO, the pending quantity is what the working order buys, at most its quantity. */
    OPO(2, Names.LIST + " " + Names.WORKING + " " + Names.legs("pending", Names.LEG), Part.WORKING, Part.leg("workingQuantity", "pending")),
    /** One-pays-the-other with a pending OCO. */
    OPOCO(3, Names.LIST + " " + Names.WORKING + " pendingSide " + Names.legs("pendingAbove", Names.OCO_LEG) + " "
            + Names.legs("pendingBelow", Names.OCO_LEG), Part.WORKING,
            Part.oco("workingQuantity", "pendingSide", "pendingAbove", "pendingBelow")),
    /** Futures {@code batchOrders}: a JSON list of orders, each read as {@link #SINGLE}. */
    BATCH(1, "batchOrders", SINGLE.parts),
    /** Futures batch modification: a JSON list of modifications, each read as {@link #MODIFY}. */
    BATCH_MODIFY(1, "batchOrders", MODIFY.parts);

    /** Orders the exchange creates per order read (per element of a batch). */
    final int orders;
    /** Parameters an order of this shape may carry. */
    final Set<String> names;
    final List<Part> parts;

    OrderShape(int orders, String names, Part... parts) {
        this(orders, names, List.of(parts));
    }

    OrderShape(int orders, String names, List<Part> parts) {
        this.orders = orders;
        this.names = names.isEmpty() ? Set.of() : Set.of(names.split(" "));
        this.parts = parts;
    }

    /** Whether the orders are a JSON list in {@code batchOrders}, each element with the names of {@link #element()}. */
    boolean isBatch() {
        return this == BATCH || this == BATCH_MODIFY;
    }

    /** The shape of one element of a batch. */
    OrderShape element() {
        return this == BATCH ? SINGLE : this == BATCH_MODIFY ? MODIFY : this;
    }

    /** Whether the orders read are counted and reserved (test orders are only checked). */
    boolean counts() {
        return orders > 0;
    }

    /**
     * One priced quantity of an order: the quantity (or quote quantity), its side and type, the prices it may execute
     * at, and the parameters that make its price float (trailing stops, pegs, price match).
     *
     * @param quantity the quantity parameter
     * @param quoteQuantity the quote-quantity parameter, or null
     * @param side the side parameter
     * @param types the type parameters (a {@code MARKET} type floats)
     * @param prices the price parameters; the highest is taken
     * @param floating parameters whose presence makes the execution price the market's
     */
    record Part(String quantity, String quoteQuantity, String side, List<String> types, List<String> prices, List<String> floating) {
        static final Part WORKING = leg("workingQuantity", "working");

        static Part single(String quantity, String quoteQuantity, String side, String types, String prices, String floating) {
            return new Part(quantity, quoteQuantity, side, words(types), words(prices), words(floating));
        }

        /** A list leg whose parameters start with {@code prefix} ({@code workingPrice}, {@code pendingStopPrice}, …). */
        static Part leg(String quantity, String prefix) {
            return new Part(quantity, null, prefix + "Side", List.of(prefix + "Type"), List.of(prefix + "Price", prefix + "StopPrice"),
                    List.of(prefix + "TrailingDelta", prefix + "PegPriceType"));
        }

        /** Both legs of an OCO, which share one quantity: at most one of them executes. */
        static Part oco(String quantity, String side, String above, String below) {
            Part a = leg(quantity, above);
            Part b = leg(quantity, below);
            return new Part(quantity, null, side, concat(a.types, b.types), concat(a.prices, b.prices), concat(a.floating, b.floating));
        }

        private static List<String> words(String words) {
            return words.isEmpty() ? List.of() : List.of(words.split(" "));
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> both = new ArrayList<>(a);
            both.addAll(b);
            return List.copyOf(both);
        }
    }

    /** Parameter-name lists shared by several shapes, from the exchange's parameter tables. */
    private static final class Names {
        static final String MARGIN = "isIsolated sideEffectType autoRepayAtCancel";
        static final String SINGLE = "symbol side type timeInForce quantity quoteOrderQty price newClientOrderId strategyId "
                + "strategyType stopPrice trailingDelta icebergQty newOrderRespType selfTradePreventionMode pegPriceType "
                + "pegOffsetValue pegOffsetType computeCommissionRates positionSide reduceOnly priceMatch goodTillDate "
                + "closePosition activationPrice callbackRate workingType priceProtect " + MARGIN;
        static final String MODIFY = "orderId origClientOrderId symbol side quantity price priceMatch modifyId";
        static final String LIST = "symbol listClientOrderId newOrderRespType selfTradePreventionMode " + MARGIN;
        static final String LEG = "Type Side ClientOrderId Price StopPrice TrailingDelta IcebergQty TimeInForce StrategyId "
                + "StrategyType PegPriceType PegOffsetType PegOffsetValue";
        static final String OCO_LEG = "Type ClientOrderId Price StopPrice TrailingDelta IcebergQty TimeInForce StrategyId "
                + "StrategyType PegPriceType PegOffsetType PegOffsetValue";
        static final String WORKING = legs("working", "Type Side ClientOrderId Price Quantity IcebergQty TimeInForce "
                + "StrategyId StrategyType PegPriceType PegOffsetType PegOffsetValue");

        /** {@code prefix} before each of {@code suffixes}: {@code legs("above", "Type Price")} is {@code "aboveType abovePrice"}. */
        static String legs(String prefix, String suffixes) {
            StringBuilder out = new StringBuilder();
            for (String suffix : suffixes.split(" ")) {
                out.append(out.length() == 0 ? "" : " ").append(prefix).append(suffix);
            }
            return out.toString();
        }
    }
}
