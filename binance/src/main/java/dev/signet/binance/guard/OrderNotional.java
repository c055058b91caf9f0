package dev.signet.binance.guard;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * The notional of an order read by {@link OrderReader}: the quote quantity when given; else each leg's quantity at the
 * highest price it names, the reference price for legs that may fill at the market and for sells when it is higher
 * (required for both: a sell priced below the market fills at the market); contracts × contract size on COIN-M (required). Close-position legs add nothing.
 */
final class OrderNotional {
    private final Function<String, Optional<BigDecimal>> referencePrice;
    private final Function<String, Optional<BigDecimal>> contractSize;

    OrderNotional(Function<String, Optional<BigDecimal>> referencePrice, Function<String, Optional<BigDecimal>> contractSize) {
        this.referencePrice = referencePrice;
        this.contractSize = contractSize;
    }

    /** The notional of {@code order}: its legs added up. */
    BigDecimal of(OrderReader.Order order, boolean contracts) {
        BigDecimal total = BigDecimal.ZERO;
        for (OrderReader.Leg leg : order.legs()) {
            total = total.add(of(order.symbol(), leg, contracts));
        }
        return total;
    }

    private BigDecimal of(String symbol, OrderReader.Leg leg, boolean contracts) {
        if (leg.quoteQuantity() != null) {
            return leg.quoteQuantity();
        }
        if (leg.quantity() == null) {
            return BigDecimal.ZERO;
        }
        if (contracts) {
            return leg.quantity().multiply(configuredFor(symbol, contractSize, "contract size", "COIN-M quantities are contracts: "
                    + "configure TradingLimits.builder().contractSize(...) (USD per contract, from exchangeInfo)"));
        }
        BigDecimal price = leg.highestPrice();
        if (leg.floating()) {
            BigDecimal market = configuredFor(symbol, referencePrice, "reference price", "an order that may fill at the market "
                    + "price (market, trailing, pegged or price-match) needs TradingLimits.builder().referencePrice(...)");
            price = price == null ? market : price.max(market);
        } else if (!leg.buy()) {
            price = price.max(configuredFor(symbol, referencePrice, "reference price", "a sell below the market fills at the "
                    + "market, so a sell's notional needs TradingLimits.builder().referencePrice(...)"));
        }
        return leg.quantity().multiply(price);
    }

    private static BigDecimal configuredFor(String symbol, Function<String, Optional<BigDecimal>> source, String what, String hint) {
        Optional<BigDecimal> value = lookUp(symbol, source);
        if (value.isEmpty()) {
            throw new TradingLimitExceededException("no " + what + " for " + symbol + ", so the order's notional is unknown: " + hint
                    + "; nothing was signed");
        }
        return bounded(symbol, value.get(), what);
    }

    private static Optional<BigDecimal> lookUp(String symbol, Function<String, Optional<BigDecimal>> source) {
        Optional<BigDecimal> value = source.apply(symbol);
        return value == null ? Optional.empty() : value;
    }

    private static BigDecimal bounded(String symbol, BigDecimal value, String what) {
        if (!Decimals.inBounds(value)) {
            throw new TradingLimitExceededException("the " + what + " for " + symbol + " must be above zero with at most "
                    + Decimals.DIGITS + " digits before and after the point; nothing was signed");
        }
        return value;
    }
}
