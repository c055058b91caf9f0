package dev.signet.pkcs11.internal;

import dev.signet.core.KeyUnavailableException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.xipki.pkcs11.wrapper.Session;
import org.xipki.pkcs11.wrapper.Token;
import org.xipki.pkcs11.wrapper.TokenException;

/**
 * Up to {@code max} read-only sessions of one key, opened on demand and reused: a thread signing takes one, and
 * waits when all are busy. A session that failed is closed, not reused (it may hold an unfinished operation).
 */
final class SessionPool {
    private static final long WAIT_SECONDS = 10;
    /** How often a waiting thread looks again whether a failed session freed a place. */
    private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final Token token;
    private final String name;
    private final int max;
    private final BlockingQueue<Session> idle;
    private final AtomicInteger open = new AtomicInteger();
    private volatile boolean closed;

    SessionPool(Token token, String name, int max) {
        this.token = token;
        this.name = name;
        this.max = max;
        this.idle = new ArrayBlockingQueue<>(max);
    }

    /**
     * An idle session, a new one while fewer than {@code max} are open, or the first of those to become possible
     * within {@value #WAIT_SECONDS} s: a failed session given back frees its place for a new one.
     */
    Session borrow() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (true) {
            if (closed) {
                throw new IllegalStateException(name + " was closed; resolve the credentials again");
            }
            Session session = idle.poll();
            if (session != null) {
                return session;
            }
            if (open.incrementAndGet() <= max) {
                try {
                    return token.openSession(false);
                } catch (TokenException e) {
                    open.decrementAndGet();
                    throw Failures.unavailable(name, e);
                }
            }
            open.decrementAndGet();
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new KeyUnavailableException("all " + max + " sessions of " + name + " stayed busy for " + WAIT_SECONDS + " s");
            }
            try {
                session = idle.poll(Math.min(left, RECHECK_NANOS), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KeyUnavailableException("interrupted while waiting for a session of " + name);
            }
            if (session != null) {
                return session;
            }
        }
    }

    void giveBack(Session session, boolean healthy) {
        if (healthy && !closed && idle.offer(session)) {
            return;
        }
        open.decrementAndGet();
        TokenLogin.closeQuietly(session);
    }

    /** Closes the idle sessions; busy ones are closed as they come back. */
    void close() {
        closed = true;
        for (Session s = idle.poll(); s != null; s = idle.poll()) {
            open.decrementAndGet();
            TokenLogin.closeQuietly(s);
        }
    }
}
