package dev.signet.limits.redis.internal;

import dev.signet.binance.guard.LimitStoreException;
import dev.signet.core.SignetException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.net.ssl.SSLException;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * Runs {@code limits.lua} on one namespace's keys and turns every way it can fail into a {@link LimitStoreException}
 * whose message says what to do: a server that does not answer, refuses the credentials or the TLS handshake, lost its
 * state, counts on a day this clock is far behind, or holds values Signet did not write. Remembers the generation of
 * the state it last saw, which is how a lost state is noticed.
 *
 * <pre>{@code List<?> reply = new ScriptRunner(redis, "signet:limits:{main}:", where).run("orders", today, List.of());}</pre>
 */
public final class ScriptRunner {
    /** Day keys outlive their day by two more, so a clock a day behind still finds its count. */
    private static final String DAY_KEY_SECONDS = String.valueOf(3 * 24 * 3600);

    private final RedisClient redis;
    private final LimitScript script = LimitScript.get();
    private final String prefix;
    private final String where;
    private final String id;
    private volatile String generation = "";

    /**
     * @param prefix every key's prefix, ending in {@code :}
     * @param where the server and namespace, as messages name them (never a password)
     */
    public ScriptRunner(RedisClient redis, String prefix, String where) {
        this.redis = redis;
        this.prefix = prefix;
        this.where = where;
        byte[] random = new byte[8];
        new SecureRandom().nextBytes(random);
        this.id = HexFormat.of().formatHex(random);
    }

    /** Loads the script: one round trip, so a server that cannot be reached or refuses the credentials fails at startup. */
    public void load() {
        call(() -> {
            String loaded = redis.scriptLoad(script.source());
            if (!script.sha1().equals(loaded)) {
                throw new LimitStoreException(where + " named the trading-limit script " + loaded + ", not its SHA-1 "
                        + script.sha1() + ": it is not a Redis server Signet can trust to count");
            }
            return loaded;
        });
    }

    /**
     * Runs {@code operation} for a caller on {@code day} with its own arguments.
     *
     * @return the reply: {@code ok}, {@code orders} or {@code open} first, then the generation and the values the
     *     script documents
     * @throws LimitStoreException for every other reply and every failure
     */
    public List<?> run(String operation, LocalDate day, List<String> more) {
        long d = day.toEpochDay();
        List<String> keys = List.of(prefix + "generation", prefix + "lost", prefix + "day", prefix + "orders:" + d,
                prefix + "orders:" + (d + 1), prefix + "open");
        List<String> args = new ArrayList<>(5 + more.size());
        args.add(operation);
        args.add(generation);
        args.add(id);
        args.add(String.valueOf(d));
        args.add(DAY_KEY_SECONDS);
        args.addAll(more);
        Object raw = call(() -> {
            try {
                return redis.evalsha(script.sha1(), keys, args);
            } catch (JedisNoScriptException forgotten) { // a restarted or flushed server
                return redis.eval(script.source(), keys, args);
            }
        });
        if (!(raw instanceof List<?> reply) || reply.size() < 2) {
            throw new LimitStoreException(where + " answered the trading-limit script with " + (raw == null ? "nothing" : "a "
                    + raw.getClass().getSimpleName()) + "; refusing to sign");
        }
        String seen = text(reply, 1);
        if (!seen.isEmpty()) {
            generation = seen;
        }
        switch (text(reply, 0)) {
            case "lost":
                throw new LimitStoreException(where + " lost its trading-limit state (the server restarted without persistence, was "
                        + "flushed, or failed over to a replica without it): today's order count and the open notional are unknown, "
                        + "so nothing is signed. Check today's orders and open positions on the exchange, correct " + prefix
                        + "orders:<days since 1970> if needed, then run: redis-cli DEL '" + prefix + "lost'. Keep the counts "
                        + "across restarts with appendonly yes and appendfsync always");
            case "skew":
                throw new LimitStoreException(where + " already counts orders on " + LocalDate.ofEpochDay(Long.parseLong(text(reply, 2)))
                        + ", more than a day after this clock's " + day + " (UTC); fix this host's clock. Nothing was signed");
            case "corrupt":
                throw new LimitStoreException(where + " holds a malformed " + text(reply, 2) + " under " + prefix + "*: not written by "
                        + "Signet; refusing to sign. Check who else writes there");
            default:
                return reply;
        }
    }

    /** Closes the connections. */
    public void close() {
        redis.close();
    }

    /** The {@code i}-th value of a reply, a string. */
    public static String text(List<?> reply, int i) {
        if (i >= reply.size() || !(reply.get(i) instanceof String value)) {
            throw new LimitStoreException("the Redis limit store answered with an unexpected reply; refusing to sign");
        }
        return value;
    }

    @Override
    public String toString() {
        return where;
    }

    private <T> T call(Step<T> step) {
        try {
            return step.run();
        } catch (LimitStoreException e) {
            throw e;
        } catch (JedisAccessControlException e) {
            throw new LimitStoreException(where + " refused the credentials or a command (" + reason(e) + "); check the ACL "
                    + "user, its password source and its permissions (the README lists them). Nothing was signed", e);
        } catch (JedisConnectionException e) {
            if (hasCause(e, SSLException.class)) {
                throw new LimitStoreException(where + " failed the TLS handshake (" + reason(e) + "); check the CA file and that the "
                        + "server's certificate names the host connected to. Nothing was signed", e);
            }
            redis.getPool().clear(); // after a restart every idle connection is dead: fail one step, not one per connection
            throw new LimitStoreException(where + " did not answer (" + reason(e) + "); nothing was signed, and signing "
                    + "resumes when it answers. An order in flight may have been counted, never the reverse", e);
        } catch (JedisException | SignetException | IllegalArgumentException e) {
            throw new LimitStoreException(where + " failed (" + reason(e) + "); nothing was signed", e);
        }
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The messages of {@code e} and its causes (Jedis wraps what went wrong: a refused connection, a password file). */
    private static String reason(Throwable e) {
        StringBuilder reason = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && reason.indexOf(cause.getMessage()) < 0) {
                reason.append(": ").append(cause.getMessage());
            }
        }
        return reason.toString();
    }

    /** One exchange with the server. */
    private interface Step<T> {
        T run();
    }
}
