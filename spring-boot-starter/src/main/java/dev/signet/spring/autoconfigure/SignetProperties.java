package dev.signet.spring.autoconfigure;

import dev.signet.binance.TimestampUnit;
import dev.signet.binance.WebSocketApi;
import dev.signet.binance.guard.Scope;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

/**
 * The {@code signet.*} settings. None of them holds a secret: secrets come only from Signet's own sources
 * (environment variables, system properties, systemd credentials, the profile file, or files named here), and a
 * secret written under {@code signet.*} in Spring configuration stops the application at startup.
 *
 * <pre>{@code
 * signet:
 *   credentials.prefix: BINANCE
 *   limits: { symbols: [BTCUSDT], max-notional-per-order: 500, max-orders-per-utc-day: 200, state-file: /var/lib/bot/limits }
 * }</pre>
 */
@ConfigurationProperties(prefix = "signet")
public class SignetProperties {
    /** Whether Signet configures its signing beans. */
    private boolean enabled = true;

    /**
     * Hosts whose requests are signed and may carry the API key, over https (plain http only to a loopback address,
     * for a local test exchange). Default: the exchange's production and testnet REST hosts.
     */
    private Set<String> allowedHosts = new LinkedHashSet<>();

    /**
     * The recvWindow sent with every signed request, at most 60 s with up to 3 decimals of a millisecond. Unset: none
     * is sent and the exchange assumes 5 s.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration recvWindow;

    /** The unit of the timestamp parameter: milliseconds, or microseconds when the exchange is asked for them. */
    private TimestampUnit timestampUnit = TimestampUnit.MILLISECONDS;

    /** The WebSocket API the WebSocket request signer's requests go to; its guard judges each method as that API's endpoint. */
    private WebSocketApi webSocketApi = WebSocketApi.SPOT;

    private final Credentials credentials = new Credentials();
    private final Rotation rotation = new Rotation();
    private final Policy policy = new Policy();
    private final Limits limits = new Limits();
    private final Time time = new Time();
    private final Http http = new Http();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Set<String> getAllowedHosts() {
        return allowedHosts;
    }

    public void setAllowedHosts(Set<String> allowedHosts) {
        this.allowedHosts = allowedHosts;
    }

    public Duration getRecvWindow() {
        return recvWindow;
    }

    public void setRecvWindow(Duration recvWindow) {
        this.recvWindow = recvWindow;
    }

    public TimestampUnit getTimestampUnit() {
        return timestampUnit;
    }

    public void setTimestampUnit(TimestampUnit timestampUnit) {
        this.timestampUnit = timestampUnit;
    }

    public WebSocketApi getWebSocketApi() {
        return webSocketApi;
    }

    public void setWebSocketApi(WebSocketApi webSocketApi) {
        this.webSocketApi = webSocketApi;
    }

    public Credentials getCredentials() {
        return credentials;
    }

    public Rotation getRotation() {
        return rotation;
    }

    public Policy getPolicy() {
        return policy;
    }

    public Limits getLimits() {
        return limits;
    }

    public Time getTime() {
        return time;
    }

    public Http getHttp() {
        return http;
    }

    /**
     * Where the API key and its secret or private key come from: a prefix for Signet's sources, or explicit files (the
     * private key possibly a PKCS#11 key URI).
     */
    public static class Credentials {
        /**
         * The prefix of the names Signet reads credentials from, in this order: system properties (prefix.api.key …),
         * environment variables (PREFIX_API_KEY with PREFIX_API_SECRET or PREFIX_PRIVATE_KEY_FILE, each also as a
         * _FILE twin naming a file), systemd credentials, then the profile file. Default SIGNET. Not used together with
         * the files below.
         */
        private String prefix;

        /** The file holding the API key; set it with api-secret-file or private-key-file instead of a prefix. */
        private Path apiKeyFile;

        /** The file holding the HMAC secret; readable only by this user (chmod 600). */
        private Path apiSecretFile;

        /** The Ed25519 or RSA private-key file (PEM PKCS#8, encrypted PKCS#8, PKCS#1 or OpenSSH); chmod 600. */
        private Path privateKeyFile;

        /** The file holding the private key's passphrase, when the key is encrypted; chmod 600. */
        private Path passphraseFile;

        /**
         * A key that stays in a PKCS#11 token or HSM instead of a key file, pkcs11:token=bot;object=binance-ed25519
         * (RFC 7512); set it with api-key-file, and add signet-pkcs11 to the application. Never with a pin-value.
         */
        private String keyUri;

        /** The file holding the token's PIN (chmod 600); without it, the key URI's pin-source. Never the PIN itself. */
        private Path pkcs11PinFile;

        /** The PKCS#11 library to load for a key URI without module-path, e.g. /usr/lib/softhsm/libsofthsm2.so. */
        private String pkcs11Module;

        public String getPrefix() {
            return prefix;
        }

        public void setPrefix(String prefix) {
            this.prefix = prefix;
        }

        public Path getApiKeyFile() {
            return apiKeyFile;
        }

        public void setApiKeyFile(Path apiKeyFile) {
            this.apiKeyFile = apiKeyFile;
        }

        public Path getApiSecretFile() {
            return apiSecretFile;
        }

        public void setApiSecretFile(Path apiSecretFile) {
            this.apiSecretFile = apiSecretFile;
        }

        public Path getPrivateKeyFile() {
            return privateKeyFile;
        }

        public void setPrivateKeyFile(Path privateKeyFile) {
            this.privateKeyFile = privateKeyFile;
        }

        public Path getPassphraseFile() {
            return passphraseFile;
        }

        public void setPassphraseFile(Path passphraseFile) {
            this.passphraseFile = passphraseFile;
        }

        public String getKeyUri() {
            return keyUri;
        }

        public void setKeyUri(String keyUri) {
            this.keyUri = keyUri;
        }

        public Path getPkcs11PinFile() {
            return pkcs11PinFile;
        }

        public void setPkcs11PinFile(Path pkcs11PinFile) {
            this.pkcs11PinFile = pkcs11PinFile;
        }

        public String getPkcs11Module() {
            return pkcs11Module;
        }

        public void setPkcs11Module(String pkcs11Module) {
            this.pkcs11Module = pkcs11Module;
        }
    }

    /** Reloading the key without a restart, and its age. */
    public static class Rotation {
        /**
         * Files whose change reloads the credentials (the key or secret file, or a Kubernetes secret mount's entry).
         * Default: the credential files named under signet.credentials, if any.
         */
        private List<Path> watch = new ArrayList<>();

        /** How often the watched files are checked; 0 turns polling off. */
        private Duration pollInterval = Duration.ofSeconds(10);

        /** Keys older than this are reported (log, health) as due for rotation. */
        @DurationUnit(ChronoUnit.DAYS)
        private Duration keyAgeWarning = Duration.ofDays(90);

        /** Keys older than this are refused, at startup and on reload. Unset: never refused for age. */
        @DurationUnit(ChronoUnit.DAYS)
        private Duration keyMaxAge;

        public List<Path> getWatch() {
            return watch;
        }

        public void setWatch(List<Path> watch) {
            this.watch = watch;
        }

        public Duration getPollInterval() {
            return pollInterval;
        }

        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }

        public Duration getKeyAgeWarning() {
            return keyAgeWarning;
        }

        public void setKeyAgeWarning(Duration keyAgeWarning) {
            this.keyAgeWarning = keyAgeWarning;
        }

        public Duration getKeyMaxAge() {
            return keyMaxAge;
        }

        public void setKeyMaxAge(Duration keyMaxAge) {
            this.keyMaxAge = keyMaxAge;
        }
    }

    /** Which endpoint scopes this application may sign for, whatever the key allows on the exchange. */
    public static class Policy {
        /**
         * The scopes signed for (READ, SPOT_TRADE, MARGIN, FUTURES). WITHDRAW, TRANSFER and UNKNOWN are enabled only
         * through the two options below.
         */
        private Set<Scope> scopes = EnumSet.of(Scope.READ, Scope.SPOT_TRADE);

        /** Also sign withdrawals and transfers between wallets. A trading bot should never need this. */
        private boolean allowWithdrawalsAndTransfers;

        /** Also sign endpoints Signet does not know the scope of. */
        private boolean allowUnknownEndpoints;

        public Set<Scope> getScopes() {
            return scopes;
        }

        public void setScopes(Set<Scope> scopes) {
            this.scopes = scopes;
        }

        public boolean isAllowWithdrawalsAndTransfers() {
            return allowWithdrawalsAndTransfers;
        }

        public void setAllowWithdrawalsAndTransfers(boolean allowWithdrawalsAndTransfers) {
            this.allowWithdrawalsAndTransfers = allowWithdrawalsAndTransfers;
        }

        public boolean isAllowUnknownEndpoints() {
            return allowUnknownEndpoints;
        }

        public void setAllowUnknownEndpoints(boolean allowUnknownEndpoints) {
            this.allowUnknownEndpoints = allowUnknownEndpoints;
        }
    }

    /** Client-side trading limits, checked before an order is signed; off until one is set. */
    public static class Limits {
        /** The only symbols orders may be placed on, e.g. BTCUSDT. Empty: any symbol. */
        private Set<String> symbols = new LinkedHashSet<>();

        /** The largest notional (price x quantity, or quoteOrderQty) of one order, in the quote asset. */
        private BigDecimal maxNotionalPerOrder;

        /** The most orders signed per UTC day; needs state-file, so a restart does not reset the count. */
        private Integer maxOrdersPerUtcDay;

        /** The file that keeps the day's order count across restarts; created when missing. */
        private Path stateFile;

        /** The largest notional per symbol signed and not yet reported closed through TradingLimits.release. */
        private BigDecimal maxOpenNotionalPerSymbol;

        /**
         * Where the day's order count and the open notional are kept: file (this host, state-file) or redis (shared by a
         * fleet, on the server spring.data.redis.* names; needs signet-limits-redis).
         */
        private Store store = Store.FILE;

        private final Redis redis = new Redis();

        public Set<String> getSymbols() {
            return symbols;
        }

        public void setSymbols(Set<String> symbols) {
            this.symbols = symbols;
        }

        public BigDecimal getMaxNotionalPerOrder() {
            return maxNotionalPerOrder;
        }

        public void setMaxNotionalPerOrder(BigDecimal maxNotionalPerOrder) {
            this.maxNotionalPerOrder = maxNotionalPerOrder;
        }

        public Integer getMaxOrdersPerUtcDay() {
            return maxOrdersPerUtcDay;
        }

        public void setMaxOrdersPerUtcDay(Integer maxOrdersPerUtcDay) {
            this.maxOrdersPerUtcDay = maxOrdersPerUtcDay;
        }

        public Path getStateFile() {
            return stateFile;
        }

        public void setStateFile(Path stateFile) {
            this.stateFile = stateFile;
        }

        public BigDecimal getMaxOpenNotionalPerSymbol() {
            return maxOpenNotionalPerSymbol;
        }

        public void setMaxOpenNotionalPerSymbol(BigDecimal maxOpenNotionalPerSymbol) {
            this.maxOpenNotionalPerSymbol = maxOpenNotionalPerSymbol;
        }

        /** Whether any limit is set. */
        public Store getStore() {
            return store;
        }

        public void setStore(Store store) {
            this.store = store;
        }

        public Redis getRedis() {
            return redis;
        }

        boolean isConfigured() {
            return !symbols.isEmpty() || maxNotionalPerOrder != null || maxOrdersPerUtcDay != null || maxOpenNotionalPerSymbol != null;
        }

        /** Where the limits' counts are kept. */
        public enum Store {
            /** A state file on this host. */
            FILE,
            /** A Redis server shared by every bot trading the account. */
            REDIS
        }

        /** The Redis limit store: the connection comes from spring.data.redis.* (host, port, username, password, ssl, timeout). */
        public static class Redis {
            /** Names the shared count: every bot trading one account uses the same namespace. */
            private String namespace = "default";

            /**
             * The file holding the Redis password (chmod 600), instead of spring.data.redis.password; Signet reads it
             * each time a connection opens, so a rotated file is used.
             */
            private Path passwordFile;

            public String getNamespace() {
                return namespace;
            }

            public void setNamespace(String namespace) {
                this.namespace = namespace;
            }

            public Path getPasswordFile() {
                return passwordFile;
            }

            public void setPasswordFile(Path passwordFile) {
                this.passwordFile = passwordFile;
            }
        }
    }

    /** The exchange's clock, which timestamps must fall within recvWindow of. */
    public static class Time {
        /**
         * The exchange's server-time endpoint, e.g. https://api.binance.com/api/v3/time. When set, timestamps follow the
         * exchange's clock, measured at startup and every refresh-interval. Unset: the local clock.
         */
        private URI serverTimeUrl;

        /** How often the server-time offset is measured again; 0 measures it only at startup. */
        private Duration refreshInterval = Duration.ofMinutes(10);

        public URI getServerTimeUrl() {
            return serverTimeUrl;
        }

        public void setServerTimeUrl(URI serverTimeUrl) {
            this.serverTimeUrl = serverTimeUrl;
        }

        public Duration getRefreshInterval() {
            return refreshInterval;
        }

        public void setRefreshInterval(Duration refreshInterval) {
            this.refreshInterval = refreshInterval;
        }
    }

    /** The HTTP clients Spring Boot builds. */
    public static class Http {
        /**
         * Whether the auto-configured RestClient.Builder and WebClient.Builder get Signet's signing interceptor and
         * filter. Either signs only requests to allowed hosts; other requests pass unchanged.
         */
        private boolean customizeBuilders = true;

        public boolean isCustomizeBuilders() {
            return customizeBuilders;
        }

        public void setCustomizeBuilders(boolean customizeBuilders) {
            this.customizeBuilders = customizeBuilders;
        }
    }
}
