package dev.signet.limits.redis;

import dev.signet.binance.guard.LimitStore;
import dev.signet.binance.guard.LimitStoreException;
import dev.signet.binance.guard.Reservation;
import dev.signet.core.CredentialsException;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.Secret;
import dev.signet.credentials.Environment;
import dev.signet.credentials.SecretFileReader;
import dev.signet.limits.redis.internal.RedisPassword;
import dev.signet.limits.redis.internal.ScriptRunner;
import dev.signet.limits.redis.internal.TrustedCertificates;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import redis.clients.jedis.ClientSetInfoConfig;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.SslOptions;

/**
 * A {@link LimitStore} on Redis: one daily order count and one open notional per symbol, shared by a fleet of bots on
 * several hosts trading one account. Each step is one Lua script run on the server ({@code EVALSHA}, or {@code EVAL}
 * after the server forgot the script), so check and reservation have nothing in between; counts live under per-day
 * keys that expire after three days.
 *
 * <p>It fails closed. A server that does not answer within the timeout, refuses the connection or the credentials, or
 * holds malformed values makes every step throw {@link LimitStoreException}: nothing is signed, and signing resumes
 * as soon as the server answers. A step whose reply was lost may have been counted (a store may over-count, never
 * under-count). A server that comes back without the state (restarted without persistence, flushed, failed over to a
 * replica without it) is detected by the first client that had seen it: the state is marked lost and every client
 * refuses until an operator checks the exchange and deletes the mark, as the message says. Run Redis with
 * {@code appendonly yes} and {@code appendfsync always} so that a restart keeps the counts.
 *
 * <pre>{@code
 * LimitStore fleet = RedisLimitStore.builder().host("redis.internal").tls(Path.of("/etc/bot/redis-ca.pem"))
 *         .user("bot").passwordFile(Path.of("/run/secrets/redis-password")).namespace("binance-main").build();
 * TradingLimits limits = TradingLimits.builder().maxOrdersPerUtcDay(500).limitStore(fleet).build();
 * }</pre>
 */
public final class RedisLimitStore implements LimitStore {
    private final ScriptRunner server;
    private final Secret password;

    /** @param password this store's copy of the password, wiped on close; null for other sources */
    private RedisLimitStore(ScriptRunner server, Secret password) {
        this.server = server;
        this.password = password;
    }

    /** A builder: {@code localhost:6379}, no TLS, no password, namespace {@code default}, one-second timeout. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void reserve(Reservation reservation) {
        List<String> args = new ArrayList<>(3 + 2 * reservation.symbolCount());
        args.add(String.valueOf(reservation.orders()));
        args.add(String.valueOf(reservation.maxOrders()));
        args.add(reservation.limitsOpenNotional() ? plain(reservation.maxOpenNotional()) : "");
        if (reservation.limitsOpenNotional()) {
            for (int i = 0; i < reservation.symbolCount(); i++) {
                args.add(reservation.symbol(i));
                args.add(plain(reservation.notional(i)));
            }
        }
        List<?> reply = server.run("reserve", reservation.day(), args);
        switch (ScriptRunner.text(reply, 0)) {
            case "orders":
                throw reservation.ordersRefused(Long.parseLong(ScriptRunner.text(reply, 2)));
            case "open":
                throw reservation.openNotionalRefused(Integer.parseInt(ScriptRunner.text(reply, 2)),
                        new BigDecimal(ScriptRunner.text(reply, 3)));
            default:
                return;
        }
    }

    @Override
    public void release(String symbol, BigDecimal notional) {
        if (notional.signum() <= 0) {
            throw new IllegalArgumentException("a released notional is above zero");
        }
        server.run("release", LocalDate.EPOCH, List.of(symbol, plain(notional)));
    }

    @Override
    public int ordersOn(LocalDate day) {
        return Integer.parseInt(ScriptRunner.text(server.run("orders", day, List.of()), 2));
    }

    @Override
    public BigDecimal openNotional(String symbol) {
        return new BigDecimal(ScriptRunner.text(server.run("open", LocalDate.EPOCH, List.of(symbol)), 3));
    }

    /** Closes the connections and wipes the password this store holds, if any. */
    @Override
    public void close() {
        server.close();
        if (password != null) {
            password.close();
        }
    }

    @Override
    public String toString() {
        return "RedisLimitStore[" + server + "]";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Configures a {@link RedisLimitStore}. The password comes from a credentials source, never a literal. */
    public static final class Builder {
        private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

        private String host = "localhost";
        private int port = 6379;
        private SslOptions tls;
        private String user;
        private Function<Environment, byte[]> password;
        private Secret passwordSecret;
        private Environment environment = Environment.system();
        private String namespace = "default";
        private Duration timeout = Duration.ofSeconds(1);

        private Builder() {}

        /** The server's host name or address; with TLS, what its certificate must name. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The server's port (its TLS port with TLS). */
        public Builder port(int port) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("a port is 1 to 65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /** Connects with TLS, trusting the JDK's CAs (a managed Redis); the certificate must name {@link #host}. */
        public Builder tls() {
            this.tls = TrustedCertificates.system();
            return this;
        }

        /** Connects with TLS, trusting only the CA certificates in the PEM file {@code caCertificates}; the certificate must name {@link #host}. */
        public Builder tls(Path caCertificates) {
            this.tls = TrustedCertificates.only(caCertificates);
            return this;
        }

        /** The ACL user (Redis 6+); without one, the password is the {@code default} user's. */
        public Builder user(String user) {
            this.user = Objects.requireNonNull(user, "user");
            return this;
        }

        /** The password, read (through the secret-file rules) each time a connection opens, so a rotated file is used. */
        public Builder passwordFile(Path file) {
            Objects.requireNonNull(file, "file");
            return password(env -> SecretFileReader.create().readSecret(file));
        }

        /** The password, from environment variable {@code name}, read each time a connection opens. */
        public Builder passwordVariable(String name) {
            Objects.requireNonNull(name, "name");
            return password(env -> env.variable(name).orElseThrow(() -> new CredentialsException("environment variable " + name
                    + " (the Redis password) is not set")).getBytes(StandardCharsets.UTF_8));
        }

        /**
         * The password from a {@link Secret} (e.g. from a vault). The caller keeps it; each store built copies it and
         * wipes its copy when it closes.
         */
        public Builder password(Secret secret) {
            oneSource();
            this.passwordSecret = Objects.requireNonNull(secret, "secret");
            return this;
        }

        /** Where {@link #passwordVariable} reads variables; tests pass {@link Environment#of}. */
        public Builder environment(Environment environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
            return this;
        }

        /**
         * Names the shared count: every bot trading one account uses the same namespace (keys
         * {@code signet:limits:{namespace}:*}, one cluster slot).
         */
        public Builder namespace(String namespace) {
            if (!NAMESPACE.matcher(namespace).matches()) {
                throw new IllegalArgumentException("a namespace is 1 to 64 letters, digits and _.:-");
            }
            this.namespace = namespace;
            return this;
        }

        /** How long to wait to connect, for an answer, or for a free connection; then the order is refused. */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("a timeout is above zero, got " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * The store, after one round trip (loading its script), so a server that cannot be reached or refuses the
         * credentials fails here, at startup.
         *
         * @throws IllegalStateException if a user has no password source
         * @throws LimitStoreException if the server cannot be reached or refuses
         */
        public RedisLimitStore build() {
            if (user != null && password == null && passwordSecret == null) {
                throw new IllegalStateException("the ACL user " + user + " needs a password: passwordFile(...), passwordVariable(...) "
                        + "or password(secret)");
            }
            int millis = (int) timeout.toMillis();
            DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder().connectionTimeoutMillis(millis)
                    .socketTimeoutMillis(millis).clientSetInfoConfig(ClientSetInfoConfig.DISABLED);
            Secret owned = passwordSecret == null ? null : copy(passwordSecret);
            if (owned != null) {
                config.credentialsProvider(new RedisPassword(user, () -> InsecureSecretAccess.copyBytes(owned)));
            } else if (password != null) {
                Environment env = environment;
                Function<Environment, byte[]> source = password;
                config.credentialsProvider(new RedisPassword(user, () -> source.apply(env)));
            }
            if (tls != null) {
                config.sslOptions(tls);
            }
            ConnectionPoolConfig pool = new ConnectionPoolConfig();
            pool.setMaxWait(timeout);
            RedisClient client = RedisClient.builder().hostAndPort(host, port).clientConfig(config.build()).poolConfig(pool).build();
            ScriptRunner server = new ScriptRunner(client, "signet:limits:{" + namespace + "}:",
                    (tls == null ? "redis://" : "rediss://") + host + ":" + port + " (namespace " + namespace + ")");
            try {
                server.load();
            } catch (LimitStoreException e) {
                client.close();
                if (owned != null) {
                    owned.close();
                }
                throw e;
            }
            return new RedisLimitStore(server, owned);
        }

        private static Secret copy(Secret secret) {
            byte[] bytes = InsecureSecretAccess.copyBytes(secret);
            try {
                return InsecureSecretAccess.secretFromBytes(bytes);
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        }

        private Builder password(Function<Environment, byte[]> source) {
            oneSource();
            this.password = source;
            return this;
        }

        private void oneSource() {
            if (password != null || passwordSecret != null) {
                throw new IllegalStateException("one password source: passwordFile, passwordVariable or password");
            }
        }
    }
}
