package dev.signet.scan;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which assigned names hold secrets: {@code apiSecret}, {@code BINANCE_API_KEY}, {@code db.password}, {@code user_auth},
 * {@code signingKey} do; names about a secret rather than of one ({@code secretName}, {@code apiKeyId},
 * {@code token_url}, {@code key_length}) and keys that are not secrets ({@code publicKey}, {@code primaryKey},
 * {@code csrf_token}, the exchange's {@code listenKey}, a user-data stream handle that signs nothing) do not.
 */
final class SecretNames {
    /** Exchanges whose API keys and secrets bots commit. */
    private static final String[] EXCHANGES = {"binance", "bnb", "mbx", "bybit", "okx", "okex", "kucoin", "kraken", "coinbase", "bitfinex",
        "bitget", "bitmex", "bitstamp", "bittrex", "bitvavo", "deribit", "gemini", "huobi", "htx", "mexc", "gateio", "gate_io", "poloniex",
        "cryptocom", "crypto_com"};
    /** Words that make a line worth the assignment patterns. */
    private static final String[] HINTS = {"secret", "key", "token", "pass", "pwd", "auth", "cred", "hmac"};
    private static final String[] EXCHANGE_CONTEXT = {"api", "secret", "key"};
    private static final Pattern SECRET_WORD = Pattern.compile(
            "secret|api[_.-]?key|apikey|access[_.-]?(?:key|token)|token|passw(?:or)?d|passphrase|pwd|private[_.-]?key|credential|creds"
                    + "|auth(?!or)|signing[_.-]?key");
    /** {@code key} as the whole name or its last word, in the original case: {@code key}, {@code API_KEY}, {@code binance.key}, {@code hmacKey}. */
    private static final Pattern KEY_WORD = Pattern.compile("(?:^|[_.\\-])(?i:key)$|(?<=[a-z0-9])Key$");
    private static final Pattern ABOUT_A_SECRET = Pattern.compile(
            "(?:id|ids|name|names|url|uri|endpoint|file|path|dir|length|len|size|type|version|env|var|variable|header|prefix|suffix|field"
                    + "|hash|count|index|ttl|expiry|expires|expiration|timeout|format|mode|enabled|required|policy|ref|arn|label|class|provider"
                    + "|factory|spec|algorithm|algo|generator|manager|service|builder|impl|handler|store|loader|parser)$");
    private static final Pattern NOT_A_SECRET = Pattern.compile(
            "public[_.-]?(?:key|token)|pub[_.-]?key|listen[_.-]?key|csrf|xsrf|author|key[_.-]?vault|keyword|keyboard|keystore|keypair|key[_.-]?pair|monkey|turkey|donkey"
                    + "|(?:primary|foreign|sort|partition|cache|index|idx|map|row|column|lookup|schema|sequence|bucket|object|routing"
                    + "|idempotency|dedup|natural|hot|i18n|translation|message|react|unique|composite|surrogate|hash|search)[_.-]?key");

    private SecretNames() {}

    /** Whether a value assigned to {@code name} is a secret when it looks generated. */
    static boolean isSecretName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        String lower = lower(name);
        return (SECRET_WORD.matcher(lower).find() || KEY_WORD.matcher(name).find()) && !ABOUT_A_SECRET.matcher(lower).find()
                && !NOT_A_SECRET.matcher(lower).find();
    }

    /** Whether {@code name} mentions an exchange and is not about a secret ({@code BINANCE_API_URL}). */
    static boolean mentionsExchange(String name) {
        String lower = lower(name);
        return !name.isEmpty() && containsAny(lower, EXCHANGES) && !ABOUT_A_SECRET.matcher(lower).find() && !NOT_A_SECRET.matcher(lower).find();
    }

    /** Whether a lower-cased line mentions a secret or an exchange: only then are its assignments worth parsing. */
    static boolean hintsAtSecrets(String lowerLine) {
        return containsAny(lowerLine, HINTS) || containsAny(lowerLine, EXCHANGES);
    }

    /** Whether a lower-cased line speaks of APIs, secrets, keys or an exchange, for a bare 64-character token. */
    static boolean exchangeContext(String lowerLine) {
        return containsAny(lowerLine, EXCHANGE_CONTEXT) || containsAny(lowerLine, EXCHANGES);
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** indexOf per word: much faster than a case-insensitive alternation, which tries every word at every position. */
    private static boolean containsAny(String lower, String[] words) {
        for (String word : words) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
