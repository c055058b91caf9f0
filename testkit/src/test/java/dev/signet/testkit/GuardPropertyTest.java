package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.BinanceRequest;
import dev.signet.binance.RequestSigner;
import dev.signet.binance.WebSocketApi;
import dev.signet.binance.WebSocketRequestSigner;
import dev.signet.binance.guard.PermissionDeniedException;
import dev.signet.binance.guard.Scope;
import dev.signet.binance.guard.SigningPolicy;
import dev.signet.binance.guard.TradingLimitExceededException;
import dev.signet.binance.guard.TradingLimits;
import dev.signet.core.ApiKey;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Signers;
import dev.signet.core.SigningKey;
import dev.signet.testkit.internal.ExchangeScopes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Seeded random requests across every documented endpoint, method, path spelling and parameter shape. The oracles are
 * the mock's own table (written from the docs) and the orders the generator meant, never the client's code.
 */
class GuardPropertyTest {
    private static final long SEED = 0x5191E7L;
    private static final int RUNS = 20_000;
    private static final KeyedSigner KEY = new KeyedSigner(ApiKey.of("propertyKeyAbCdEfGh0123"),
            Signers.forKey(SigningKey.hmacSha256(InsecureSecretAccess.secretFromString("property-secret-Zq8wXy3Lm"))), "t");
    private static final List<String> DOCUMENTED = List.copyOf(ExchangeScopes.all().keySet());
    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "post", "Delete"};
    private static final String[] NAMES = {"symbol", "side", "type", "quantity", "price", "coin", "amount", "address", "network", "asset",
        "fromSymbol", "orderId", "recvWindowX", "batchOrders", "workingQuantity", "apiKey", "QUANTITY"};
    private static final Set<String> SYMBOLS = Set.of("BTCUSDT", "ETHUSDT");
    private static final BigDecimal MAX = new BigDecimal("1000");
    private static final BigDecimal MARKET = new BigDecimal("50");

    @Test
    void aDefaultBuiltSignerNeverSignsWithdrawalsTransfersKeysOrUndocumentedWrites() {
        RequestSigner signer = RequestSigner.builder().keyedSigner(KEY).build();
        Random random = new Random(SEED);
        int signed = 0;
        for (int i = 0; i < RUNS; i++) {
            String[] endpoint = endpoint(random);
            BinanceRequest request;
            try {
                request = withParams(BinanceRequest.of(endpoint[0], endpoint[1]), random).build();
            } catch (IllegalArgumentException refusedPath) {
                continue;
            }
            Scope documented = ExchangeScopes.scopeOf(request.method(), request.path());
            boolean mentionsWithdrawals = request.path().toLowerCase(Locale.ROOT).contains("withdraw");
            try {
                signer.sign(request);
                signed++;
                assertThat(documented).as(endpoint[0] + " " + endpoint[1]).isIn(Scope.READ, Scope.SPOT_TRADE, Scope.UNKNOWN);
                // the exchange's GETs only read; an undocumented one is signed unless it names withdrawals
                assertThat(documented != Scope.UNKNOWN || request.method().equals("GET") && !mentionsWithdrawals)
                        .as("undocumented " + endpoint[0] + " " + endpoint[1] + " signed").isTrue();
            } catch (PermissionDeniedException refused) {
                assertThat(refused.getMessage()).contains("nothing was signed");
            }
        }
        assertThat(signed).as("the property was exercised").isGreaterThan(RUNS / 10);
    }

    @Test
    void aSignerWithLimitsNeverSignsAnOrderOutsideThem() {
        TradingLimits limits = TradingLimits.builder().maxNotionalPerOrder(MAX).allowedSymbols(SYMBOLS)
                .referencePrice(symbol -> Optional.of(MARKET)).contractSize(symbol -> Optional.of(BigDecimal.TEN)).build();
        RequestSigner signer = RequestSigner.builder().keyedSigner(KEY).guard(SigningPolicy.builder().allow(Scope.MARGIN, Scope.FUTURES)
                .allowUnknownEndpoints().tradingLimits(limits).build()).build();
        List<String> trading = new ArrayList<>();
        ExchangeScopes.all().forEach((endpoint, scope) -> {
            if (!endpoint.startsWith("GET") && EnumSet.of(Scope.SPOT_TRADE, Scope.MARGIN, Scope.FUTURES).contains(scope)) {
                trading.add(endpoint);
            }
        });
        Random random = new Random(SEED);
        int signedOrders = 0;
        for (int i = 0; i < RUNS; i++) {
            String endpoint = trading.get(random.nextInt(trading.size()));
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            Orders orders = Orders.random(method, path, random);
            BinanceRequest.Builder request = BinanceRequest.of(method, random.nextBoolean() ? path : path.toUpperCase(Locale.ROOT));
            orders.params.forEach(random.nextBoolean() ? request::param : request::bodyParam);
            boolean junk = orders.placesOrders && random.nextInt(8) == 0;
            if (junk) {
                Junk.add(request, random);
            }
            try {
                signer.sign(request.build());
            } catch (TradingLimitExceededException | PermissionDeniedException refused) {
                continue;
            }
            assertThat(junk).as("a junk parameter was signed: " + orders.params).isFalse();
            assertThat(orders.placesOrders || orders.knownToPlaceNone).as(endpoint + " signed though its orders are unknown").isTrue();
            if (orders.placesOrders) {
                signedOrders++;
                assertThat(SYMBOLS).as(endpoint + " " + orders.params).contains(orders.symbol);
                assertThat(orders.notionals).as(endpoint + " " + orders.params).allMatch(notional -> notional.compareTo(MAX) <= 0);
            }
        }
        assertThat(signedOrders).as("the property was exercised").isGreaterThan(RUNS / 20);
    }

    @Test
    void aDefaultBuiltWebSocketSignerNeverSignsALogonCredential() {
        WebSocketRequestSigner ws = WebSocketRequestSigner.builder().api(WebSocketApi.SPOT).keyedSigner(KEY).build();
        Random random = new Random(SEED);
        String[] methods = {"session.logon", "account.status", "userDataStream.subscribe.signature", "openOrders.status", "order.place",
            "allOrderLists", "account.rateLimits.orders", "myTrades"};
        for (int i = 0; i < 2_000; i++) {
            Map<String, String> params = new LinkedHashMap<>();
            for (int n = random.nextInt(3); n > 0; n--) {
                params.put(random.nextBoolean() ? "recvWindow" : random.nextBoolean() ? "apiKey" : "symbol", "5000");
            }
            String method = methods[random.nextInt(methods.length)];
            try {
                String payload = ws.signParams(method, params).signedPayload();
                assertThat(payload).as(method + " " + params).contains("symbol=");
            } catch (PermissionDeniedException | TradingLimitExceededException refused) {
                // refused: nothing signed
            }
        }
    }

    /** A documented endpoint, or a variation of one: another method, case, version, an extra or non-canonical segment. */
    private static String[] endpoint(Random random) {
        String[] documented = DOCUMENTED.get(random.nextInt(DOCUMENTED.size())).split(" ");
        String method = random.nextInt(3) == 0 ? METHODS[random.nextInt(METHODS.length)] : documented[0];
        String path = documented[1];
        switch (random.nextInt(10)) {
            case 0 -> path = path.toUpperCase(Locale.ROOT);
            case 1 -> path = path.replace("/v1/", "/v" + (2 + random.nextInt(8)) + "/");
            case 2 -> path = path + "/" + new String[] {"new", "apply", "test", "x"}[random.nextInt(4)];
            case 3 -> path = path.replaceFirst("/", "//");
            case 4 -> path = path.replaceFirst("/v", "/./v");
            case 5 -> path = path.replace("a", "%61");
            case 6 -> path = path + "/";
            case 7 -> path = mixedCase(path, random);
            default -> { }
        }
        return new String[] {method, path};
    }

    private static String mixedCase(String path, Random random) {
        StringBuilder out = new StringBuilder(path.length());
        for (char c : path.toCharArray()) {
            out.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static BinanceRequest.Builder withParams(BinanceRequest.Builder request, Random random) {
        for (int n = random.nextInt(5); n > 0; n--) {
            String name = NAMES[random.nextInt(NAMES.length)];
            String value = random.nextBoolean() ? String.valueOf(random.nextInt(1000)) : "BTCUSDT";
            if (random.nextBoolean()) {
                request.param(name, value);
            } else {
                request.bodyParam(name, value);
            }
        }
        return request;
    }

    /** Parameters that change what the exchange reads: each must make the signer refuse. */
    private static final class Junk {
        static void add(BinanceRequest.Builder request, Random random) {
            switch (random.nextInt(5)) {
                case 0 -> request.param("QUANTITY", "1000000");
                case 1 -> request.bodyParam("quantity", "1000000").param("quantity", "0.001");
                case 2 -> request.param("quantityExtra", "1");
                case 3 -> request.param("apiKey", "x");
                default -> request.param("priceX", "1E+10000000");
            }
        }
    }

    /**
     * The orders the generator meant for one endpoint, each with its own worst-case notional: every leg's quantity at
     * its price, at the market price too for sells (a sell below the market fills at the market), contracts × 10 on
     * COIN-M. A batch holds several orders; an order list is one order whose legs add up.
     */
    private static final class Orders {
        final Map<String, String> params = new LinkedHashMap<>();
        final List<BigDecimal> notionals = new ArrayList<>();
        String symbol;
        boolean placesOrders;
        boolean knownToPlaceNone;
        private BigDecimal current = BigDecimal.ZERO;

        static Orders random(String method, String path, Random random) {
            Orders orders = new Orders();
            String symbol = new String[] {"BTCUSDT", "ETHUSDT", "DOGEUSDT", "btcusdt"}[random.nextInt(4)];
            orders.symbol = symbol.toUpperCase(Locale.ROOT);
            String p = path.toLowerCase(Locale.ROOT);
            if (method.equals("DELETE") || p.matches(".*(leverage|margintype|listenkey|listen-key|positionside|positionmargin|countdown"
                    + "|multiassets|feeburn|bnbburn|borrow-repay|isolated/account|liquidation-loan/repay|getquote|stock/contract"
                    + "|keeppriority).*")) {
                orders.knownToPlaceNone = true;
                orders.params.put("symbol", symbol);
                return orders;
            }
            if (p.matches(".*(manual-liquidation|small-liability|acceptquote).*")) {
                orders.params.put("symbol", symbol); // places orders no one can read: never signed under limits
                return orders;
            }
            orders.placesOrders = true;
            boolean coinM = p.startsWith("/dapi/");
            if (p.endsWith("/batchorders")) {
                StringBuilder json = new StringBuilder("[");
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    String[] leg = orders.leg(random, null, coinM);
                    json.append(json.length() > 1 ? "," : "").append("{\"symbol\":\"").append(symbol).append("\",\"side\":\"")
                            .append(leg[0]).append("\",\"quantity\":\"").append(leg[1]).append("\",\"price\":\"").append(leg[2])
                            .append(method.equals("PUT") ? "\",\"orderId\":\"1" : "\",\"type\":\"LIMIT").append("\"}");
                    orders.endOrder();
                }
                orders.params.put("batchOrders", json.append(']').toString());
                return orders;
            }
            orders.params.put("symbol", symbol);
            if (p.endsWith("/orderlist/oco")) {
                String[] leg = orders.leg(random, null, false);
                orders.params.putAll(Map.of("side", leg[0], "quantity", leg[1], "aboveType", "LIMIT_MAKER", "abovePrice", leg[2],
                        "belowType", "STOP_LOSS", "belowStopPrice", "1"));
            } else if (p.endsWith("/order/oco")) {
                String[] leg = orders.leg(random, null, false);
                orders.params.putAll(Map.of("side", leg[0], "quantity", leg[1], "price", leg[2], "stopPrice", "1", "stopLimitPrice", "1"));
            } else if (p.contains("/orderlist/") || p.contains("/order/oto")) {
                String[] working = orders.leg(random, null, false);
                orders.params.putAll(Map.of("workingType", "LIMIT", "workingSide", working[0], "workingQuantity", working[1],
                        "workingPrice", working[2]));
                boolean opo = p.contains("/opo");
                String[] pending = orders.leg(random, opo ? working[1] : null, false);
                orders.params.put("pendingSide", pending[0]);
                if (!opo) {
                    orders.params.put("pendingQuantity", pending[1]);
                }
                String prefix = p.endsWith("oco") ? "pendingAbove" : "pending";
                orders.params.putAll(Map.of(prefix + "Type", "LIMIT_MAKER", prefix + "Price", pending[2]));
            } else {
                String[] leg = orders.leg(random, null, coinM);
                orders.params.putAll(Map.of("side", leg[0], "quantity", leg[1]));
                if (p.contains("twap") || p.contains("newordervp")) {
                    orders.params.put("limitPrice", leg[2]);
                } else if (p.endsWith("/algoorder")) {
                    orders.params.putAll(Map.of("algoType", "CONDITIONAL", "type", "STOP", "price", leg[2], "triggerPrice", leg[2]));
                } else if (method.equals("PUT")) {
                    orders.params.putAll(Map.of("orderId", "1", "price", leg[2]));
                } else {
                    orders.params.putAll(Map.of("type", "LIMIT", "price", leg[2]));
                    if (p.contains("cancelreplace")) {
                        orders.params.putAll(Map.of("cancelReplaceMode", "STOP_ON_FAILURE", "cancelOrderId", "1"));
                    }
                }
            }
            orders.endOrder();
            return orders;
        }

        /** A side, quantity ({@code quantity} if given) and price; adds the leg's worst notional to the current order. */
        private String[] leg(Random random, String quantity, boolean coinM) {
            String side = random.nextBoolean() ? "BUY" : "SELL";
            String q = quantity != null ? quantity
                    : BigDecimal.valueOf(1 + random.nextInt(400)).movePointLeft(random.nextInt(3)).toPlainString();
            String price = String.valueOf(1 + random.nextInt(120));
            BigDecimal worstPrice = side.equals("SELL") ? MARKET.max(new BigDecimal(price)) : new BigDecimal(price);
            current = current.add(new BigDecimal(q).multiply(coinM ? BigDecimal.TEN : worstPrice));
            return new String[] {side, q, price};
        }

        private void endOrder() {
            notionals.add(current);
            current = BigDecimal.ZERO;
        }
    }
}
