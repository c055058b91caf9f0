package dev.signet.binance.guard;

import static dev.signet.binance.guard.OrderShape.ALGO;
import static dev.signet.binance.guard.OrderShape.BATCH;
import static dev.signet.binance.guard.OrderShape.BATCH_MODIFY;
import static dev.signet.binance.guard.OrderShape.CANCEL_REPLACE;
import static dev.signet.binance.guard.OrderShape.LEGACY_OCO;
import static dev.signet.binance.guard.OrderShape.MODIFY;
import static dev.signet.binance.guard.OrderShape.NONE;
import static dev.signet.binance.guard.OrderShape.OCO;
import static dev.signet.binance.guard.OrderShape.OPO;
import static dev.signet.binance.guard.OrderShape.OPOCO;
import static dev.signet.binance.guard.OrderShape.OTO;
import static dev.signet.binance.guard.OrderShape.OTOCO;
import static dev.signet.binance.guard.OrderShape.SINGLE;
import static dev.signet.binance.guard.OrderShape.TEST;
import static dev.signet.binance.guard.OrderShape.TWAP;
import static dev.signet.binance.guard.OrderShape.UNREADABLE;
import static dev.signet.binance.guard.Scope.FUTURES;
import static dev.signet.binance.guard.Scope.KEY_MANAGEMENT;
import static dev.signet.binance.guard.Scope.MARGIN;
import static dev.signet.binance.guard.Scope.READ;
import static dev.signet.binance.guard.Scope.SPOT_TRADE;
import static dev.signet.binance.guard.Scope.TRANSFER;
import static dev.signet.binance.guard.Scope.WITHDRAW;

import java.util.List;

/**
 * Every signed endpoint that writes, from the exchange's REST docs (spot, margin, USDⓈ-M and COIN-M futures, algo,
 * wallet, sub-account; revisions in docs/decisions.md), and the rules for the rest. Paths match without regard to
 * ASCII case, as the exchange routes them; lookups allocate nothing.
 */
final class EndpointTable {
    static final List<Endpoint> KNOWN = List.of(
            // spot trading (rest-api.md)
            e("POST /api/v3/order", SPOT_TRADE, SINGLE), e("POST /api/v3/order/test", SPOT_TRADE, TEST),
            e("DELETE /api/v3/order", SPOT_TRADE, NONE), e("DELETE /api/v3/openOrders", SPOT_TRADE, NONE),
            e("POST /api/v3/order/cancelReplace", SPOT_TRADE, CANCEL_REPLACE),
            e("PUT /api/v3/order/amend/keepPriority", SPOT_TRADE, NONE), // only lowers the quantity
            e("POST /api/v3/order/oco", SPOT_TRADE, LEGACY_OCO), e("POST /api/v3/orderList/oco", SPOT_TRADE, OCO),
            e("POST /api/v3/orderList/oto", SPOT_TRADE, OTO), e("POST /api/v3/orderList/otoco", SPOT_TRADE, OTOCO),
            e("POST /api/v3/orderList/opo", SPOT_TRADE, OPO), e("POST /api/v3/orderList/opoco", SPOT_TRADE, OPOCO),
            e("DELETE /api/v3/orderList", SPOT_TRADE, NONE), e("POST /api/v3/sor/order", SPOT_TRADE, SINGLE),
            e("POST /api/v3/sor/order/test", SPOT_TRADE, TEST),
            e("POST /sapi/v1/bnbBurn", SPOT_TRADE, NONE),
            e("POST /sapi/v1/algo/spot/newOrderTwap", SPOT_TRADE, TWAP), e("DELETE /sapi/v1/algo/spot/order", SPOT_TRADE, NONE),
            // margin
            e("POST /sapi/v1/margin/order", MARGIN, SINGLE), e("DELETE /sapi/v1/margin/order", MARGIN, NONE),
            e("DELETE /sapi/v1/margin/openOrders", MARGIN, NONE), e("POST /sapi/v1/margin/order/oco", MARGIN, LEGACY_OCO),
            e("POST /sapi/v1/margin/order/oto", MARGIN, OTO), e("POST /sapi/v1/margin/order/otoco", MARGIN, OTOCO),
            e("DELETE /sapi/v1/margin/orderList", MARGIN, NONE), e("POST /sapi/v1/margin/borrow-repay", MARGIN, NONE),
            e("POST /sapi/v1/margin/max-leverage", MARGIN, NONE), e("POST /sapi/v1/margin/isolated/account", MARGIN, NONE),
            e("DELETE /sapi/v1/margin/isolated/account", MARGIN, NONE),
            e("POST /sapi/v1/margin/liquidation-loan/repay", MARGIN, NONE),
            e("POST /sapi/v1/margin/manual-liquidation", MARGIN, UNREADABLE),
            e("POST /sapi/v1/margin/exchange-small-liability", MARGIN, UNREADABLE),
            e("POST /sapi/v1/margin/listen-key", READ, NONE), e("PUT /sapi/v1/margin/listen-key", READ, NONE),
            e("DELETE /sapi/v1/margin/listen-key", READ, NONE),
            e("POST /sapi/v1/margin/apiKey", KEY_MANAGEMENT, NONE), e("DELETE /sapi/v1/margin/apiKey", KEY_MANAGEMENT, NONE),
            e("PUT /sapi/v1/margin/apiKey/ip", KEY_MANAGEMENT, NONE),
            e("POST /sapi/v1/margin/exit-special-key-mode", KEY_MANAGEMENT, NONE),
            // USDⓈ-M futures
            e("POST /fapi/v1/order", FUTURES, SINGLE), e("POST /fapi/v1/order/test", FUTURES, TEST),
            e("PUT /fapi/v1/order", FUTURES, MODIFY), e("DELETE /fapi/v1/order", FUTURES, NONE),
            e("POST /fapi/v1/batchOrders", FUTURES, BATCH), e("PUT /fapi/v1/batchOrders", FUTURES, BATCH_MODIFY),
            e("DELETE /fapi/v1/batchOrders", FUTURES, NONE), e("DELETE /fapi/v1/allOpenOrders", FUTURES, NONE),
            e("POST /fapi/v1/countdownCancelAll", FUTURES, NONE), e("POST /fapi/v1/algoOrder", FUTURES, ALGO),
            e("DELETE /fapi/v1/algoOrder", FUTURES, NONE), e("DELETE /fapi/v1/algoOpenOrders", FUTURES, NONE),
            e("POST /fapi/v1/leverage", FUTURES, NONE), e("POST /fapi/v1/marginType", FUTURES, NONE),
            e("POST /fapi/v1/multiAssetsMargin", FUTURES, NONE), e("POST /fapi/v1/positionSide/dual", FUTURES, NONE),
            e("POST /fapi/v1/positionMargin", FUTURES, NONE), e("POST /fapi/v1/feeBurn", FUTURES, NONE),
            e("POST /fapi/v1/stock/contract", FUTURES, NONE), e("POST /fapi/v1/convert/getQuote", FUTURES, NONE),
            e("POST /fapi/v1/convert/acceptQuote", FUTURES, UNREADABLE),
            e("POST /fapi/v1/listenKey", READ, NONE), e("PUT /fapi/v1/listenKey", READ, NONE), e("DELETE /fapi/v1/listenKey", READ, NONE),
            // COIN-M futures
            e("POST /dapi/v1/order", FUTURES, SINGLE), e("PUT /dapi/v1/order", FUTURES, MODIFY), e("DELETE /dapi/v1/order", FUTURES, NONE),
            e("POST /dapi/v1/batchOrders", FUTURES, BATCH), e("PUT /dapi/v1/batchOrders", FUTURES, BATCH_MODIFY),
            e("DELETE /dapi/v1/batchOrders", FUTURES, NONE), e("DELETE /dapi/v1/allOpenOrders", FUTURES, NONE),
            e("POST /dapi/v1/countdownCancelAll", FUTURES, NONE), e("POST /dapi/v1/leverage", FUTURES, NONE),
            e("POST /dapi/v1/marginType", FUTURES, NONE), e("POST /dapi/v1/positionSide/dual", FUTURES, NONE),
            e("POST /dapi/v1/positionMargin", FUTURES, NONE),
            e("POST /dapi/v1/listenKey", READ, NONE), e("PUT /dapi/v1/listenKey", READ, NONE), e("DELETE /dapi/v1/listenKey", READ, NONE),
            // futures algos
            e("POST /sapi/v1/algo/futures/newOrderTwap", FUTURES, TWAP), e("POST /sapi/v1/algo/futures/newOrderVp", FUTURES, TWAP),
            e("DELETE /sapi/v1/algo/futures/order", FUTURES, NONE),
            // wallet: withdrawals and their settings
            e("POST /sapi/v1/capital/withdraw/apply", WITHDRAW, NONE), e("POST /sapi/v1/localentity/withdraw/apply", WITHDRAW, NONE),
            e("POST /sapi/v1/localentity/broker/withdraw/apply", WITHDRAW, NONE),
            e("POST /sapi/v1/account/enableFastWithdrawSwitch", WITHDRAW, NONE),
            e("POST /sapi/v1/account/disableFastWithdrawSwitch", WITHDRAW, NONE),
            // reads whose path names withdrawals, and reads sent as POST
            e("GET /sapi/v1/capital/withdraw/history", READ, NONE), e("GET /sapi/v1/capital/withdraw/address/list", READ, NONE),
            e("GET /sapi/v1/capital/withdraw/quota", READ, NONE), e("GET /sapi/v1/localentity/withdraw/history", READ, NONE),
            e("GET /sapi/v2/localentity/withdraw/history", READ, NONE),
            e("POST /sapi/v1/asset/get-funding-asset", READ, NONE), e("POST /sapi/v3/asset/getUserAsset", READ, NONE),
            e("POST /sapi/v1/asset/dust-btc", READ, NONE), e("POST /sapi/v1/asset/dust-convert/query-convertible-assets", READ, NONE),
            // wallet and sub-account: moving funds
            e("POST /sapi/v1/asset/transfer", TRANSFER, NONE), e("POST /sapi/v1/asset/dust", TRANSFER, NONE),
            e("POST /sapi/v1/asset/dust-convert/convert", TRANSFER, NONE),
            e("POST /sapi/v1/capital/deposit/credit-apply", TRANSFER, NONE),
            e("PUT /sapi/v1/localentity/deposit/provide-info", TRANSFER, NONE),
            e("PUT /sapi/v2/localentity/deposit/provide-info", TRANSFER, NONE),
            e("PUT /sapi/v1/localentity/broker/deposit/provide-info", TRANSFER, NONE),
            e("POST /sapi/v1/managed-subaccount/deposit", TRANSFER, NONE), e("POST /sapi/v1/managed-subaccount/withdraw", TRANSFER, NONE),
            e("POST /sapi/v1/sub-account/futures/internalTransfer", TRANSFER, NONE),
            e("POST /sapi/v1/sub-account/futures/transfer", TRANSFER, NONE),
            e("POST /sapi/v1/sub-account/margin/transfer", TRANSFER, NONE),
            e("POST /sapi/v1/sub-account/futures/move-position", TRANSFER, NONE),
            e("POST /sapi/v1/sub-account/transfer/subToMaster", TRANSFER, NONE),
            e("POST /sapi/v1/sub-account/transfer/subToSub", TRANSFER, NONE),
            e("POST /sapi/v1/sub-account/universalTransfer", TRANSFER, NONE),
            e("POST /sapi/v1/sub-account/virtualSubAccount", TRANSFER, NONE),
            e("POST /sapi/v1/sub-account/futures/enable", TRANSFER, NONE), e("POST /sapi/v1/sub-account/eoptions/enable", TRANSFER, NONE),
            // API keys
            e("POST /sapi/v1/sub-account/subAccountApi", KEY_MANAGEMENT, NONE),
            e("DELETE /sapi/v1/sub-account/subAccountApi", KEY_MANAGEMENT, NONE),
            e("POST /sapi/v1/sub-account/subAccountApiPermission", KEY_MANAGEMENT, NONE),
            e("POST /sapi/v2/sub-account/subAccountApi/ipRestriction", KEY_MANAGEMENT, NONE),
            e("DELETE /sapi/v1/sub-account/subAccountApi/ipRestriction/ipList", KEY_MANAGEMENT, NONE));

    /** The rules for endpoints not in {@link #KNOWN}, one shared instance per outcome (no allocation per lookup). */
    private static final Endpoint ANY_WITHDRAW = fallback(WITHDRAW);
    private static final Endpoint ANY_READ = fallback(READ);
    private static final Endpoint ANY_KEY_MANAGEMENT = fallback(KEY_MANAGEMENT);
    private static final Endpoint ANY_TRANSFER = fallback(TRANSFER);
    private static final Endpoint ANY_UNKNOWN = fallback(Scope.UNKNOWN);
    /** Open-addressed by the ASCII-lower-case hash of method and path. */
    private static final Endpoint[] SLOTS = slots(false);
    /** The same endpoints open-addressed by the strings' own hashes, for paths spelled as documented (no hashing per lookup). */
    private static final Endpoint[] EXACT = slots(true);

    private EndpointTable() {}

    /**
     * The endpoint {@code method} (upper case) on {@code path} is. Unlisted paths: a segment naming withdrawals is
     * WITHDRAW whatever the method; other GETs under {@code /api}, {@code /sapi}, {@code /fapi}, {@code /dapi} and
     * {@code /futures/data} are READ;
     * writes naming API keys are KEY_MANAGEMENT, naming transfers, sub-accounts, capital, assets or local-entity rules
     * are TRANSFER; every other undocumented write is UNKNOWN, even under {@code /sapi/v1/margin} or {@code /fapi}: a
     * new endpoint is signed only once someone has looked at what it does.
     */
    static Endpoint lookup(String method, String path) {
        int mask = SLOTS.length - 1;
        for (int i = exactHash(method, path) & mask; EXACT[i] != null; i = (i + 1) & mask) {
            Endpoint e = EXACT[i];
            if (e.path().equals(path) && e.method().equals(method)) {
                return e; // the documented spelling: both hashes are cached in the strings
            }
        }
        for (int i = hash(method, path) & mask; SLOTS[i] != null; i = (i + 1) & mask) {
            Endpoint e = SLOTS[i];
            if (e.method().equals(method) && equalsIgnoreAsciiCase(e.path(), path)) {
                return e;
            }
        }
        return fallback(method, path);
    }

    private static Endpoint fallback(String method, String path) {
        if (mentions(path, "withdraw")) {
            return ANY_WITHDRAW;
        }
        boolean exchangeRoot = startsWithIgnoreCase(path, 0, "/api/") || startsWithIgnoreCase(path, 0, "/sapi/")
                || startsWithIgnoreCase(path, 0, "/fapi/") || startsWithIgnoreCase(path, 0, "/dapi/")
                || startsWithIgnoreCase(path, 0, "/futures/data/");
        if (method.equals("GET")) {
            return exchangeRoot ? ANY_READ : ANY_UNKNOWN;
        }
        if (mentions(path, "apikey") || mentions(path, "api-key") || mentions(path, "subaccountapi")) {
            return ANY_KEY_MANAGEMENT;
        }
        if (mentions(path, "transfer") || mentions(path, "sub-account") || mentions(path, "subaccount")
                || sapiFamily(path, "capital/") || sapiFamily(path, "asset/") || sapiFamily(path, "localentity/")) {
            return ANY_TRANSFER;
        }
        return ANY_UNKNOWN;
    }

    /** Whether {@code path} is {@code /sapi/<version>/<family>…}. */
    private static boolean sapiFamily(String path, String family) {
        if (!startsWithIgnoreCase(path, 0, "/sapi/")) {
            return false;
        }
        int versionEnd = path.indexOf('/', 6);
        return versionEnd > 6 && startsWithIgnoreCase(path, versionEnd + 1, family);
    }

    private static boolean mentions(String path, String lowerCaseWord) {
        for (int i = 0; i + lowerCaseWord.length() <= path.length(); i++) {
            if (path.regionMatches(true, i, lowerCaseWord, 0, lowerCaseWord.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithIgnoreCase(String path, int offset, String prefix) {
        return path.regionMatches(true, offset, prefix, 0, prefix.length());
    }

    static boolean equalsIgnoreAsciiCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (lower(a.charAt(i)) != lower(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static int hash(String method, String path) {
        int h = method.hashCode();
        for (int i = 0; i < path.length(); i++) {
            h = 31 * h + lower(path.charAt(i));
        }
        return h ^ (h >>> 16);
    }

    private static int exactHash(String method, String path) {
        int h = 31 * method.hashCode() + path.hashCode();
        return h ^ (h >>> 16);
    }

    private static Endpoint[] slots(boolean exact) {
        Endpoint[] slots = new Endpoint[Integer.highestOneBit(KNOWN.size() * 4)];
        int mask = slots.length - 1;
        for (Endpoint e : KNOWN) {
            int i = (exact ? exactHash(e.method(), e.path()) : hash(e.method(), e.path())) & mask;
            while (slots[i] != null) {
                if (slots[i].method().equals(e.method()) && equalsIgnoreAsciiCase(slots[i].path(), e.path())) {
                    throw new IllegalStateException("endpoint listed twice: " + e);
                }
                i = (i + 1) & mask;
            }
            slots[i] = e;
        }
        return slots;
    }

    private static Endpoint e(String methodAndPath, Scope scope, OrderShape shape) {
        int space = methodAndPath.indexOf(' ');
        return new Endpoint(methodAndPath.substring(0, space), methodAndPath.substring(space + 1), scope, shape);
    }

    private static Endpoint fallback(Scope scope) {
        return new Endpoint("*", "(not in the table)", scope, scope == READ ? NONE : UNREADABLE);
    }
}
