package dev.signet.credentials;

import dev.signet.core.Credentials;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Signers;
import dev.signet.core.SignetException;
import dev.signet.core.Verifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The active (API key, signer) pair of a key that rotates without a restart: a {@code Supplier<KeyedSigner>} that
 * request signers read per request. It polls the watched files (real path after links, so Kubernetes {@code ..data}
 * swaps count, plus identity, size, modification and change times, permissions and owner, so a {@code chmod 600}
 * after a refusal counts) and, on a change, resolves the credentials again, proves the new key signs and verifies,
 * then swaps the (API key, signer) pair in one atomic step — a request is signed wholly with the old pair or wholly
 * with the new.
 *
 * <p>Polling cannot die: any failure of an update, an {@link Error} such as {@link OutOfMemoryError} from a hostile
 * key file included, keeps the old key active, is logged once per distinct problem (escaped, one line), and is
 * tried again at the first poll after a watched file changes; while nothing changes it is retried at growing gaps
 * (after 1, 2, 4 … at most 30 unchanged polls), because one retry of a hostile key file may cost seconds of key
 * derivation.
 *
 * <p>It owns every signer it creates: replaced ones are closed after a grace period, and {@link #close()} closes the
 * rest. Never close what {@link #get()} returns.
 *
 * <pre>{@code
 * RotatingKeyedSigner rotating = RotatingKeyedSigner.builder().source(provider).watch(keyFile).build();
 * RequestSigner signer = RequestSigner.builder().keyedSignerSource(rotating).build();
 * }</pre>
 */
public final class RotatingKeyedSigner implements Supplier<KeyedSigner>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RotatingKeyedSigner.class);
    private static final byte[] PROBE = "signet-rotation-probe".getBytes(StandardCharsets.US_ASCII);

    private final CredentialsProvider source;
    private final List<Path> watched;
    private final KeyAgeMonitor ages;
    private final AtomicReference<KeyedSigner> active = new AtomicReference<>();
    /** Replaced signers, oldest first, kept open for the grace period because requests may still be signing with them. */
    private final Deque<Retired> retired = new ArrayDeque<>();
    private final long graceNanos;
    private final ProblemLog problems = new ProblemLog(LOG);
    /** The longest gap, in polls, between retries of a rejected update while no watched file changes (5 min at 10 s). */
    static final int MAX_RETRY_GAP = 30;
    private final ScheduledExecutorService poller;
    private final Runnable afterPoll;
    /** Guarded by {@code this}: the watched files as last seen, whether the last update failed, whether closed. */
    private List<Object> stamp;
    private boolean retrying;
    /** Unchanged polls to skip before retrying a rejected update: 1, 2, 4 … {@link #MAX_RETRY_GAP}. */
    private int retryGap;
    private int skipsLeft;
    private boolean closed;

    private RotatingKeyedSigner(Builder b) {
        this.source = Objects.requireNonNull(b.source, "source");
        this.watched = List.copyOf(b.watched);
        this.ages = b.ages;
        this.graceNanos = b.retiredSignerGrace.toNanos();
        this.afterPoll = b.afterPoll;
        this.stamp = stamp();
        active.set(load());
        if (b.pollInterval == null) {
            this.poller = null;
        } else {
            this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "signet-key-rotation");
                t.setDaemon(true);
                return t;
            });
            long millis = b.pollInterval.toMillis();
            poller.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The active (API key, signer) pair; what request signers read per request. */
    @Override
    public KeyedSigner get() {
        return active.get();
    }

    /** The active signing key's fingerprint. */
    public String activeFingerprint() {
        return active.get().fingerprint();
    }

    /**
     * Re-reads the credentials if a watched file changed, or if the last update failed; returns whether the key was
     * swapped.
     */
    public synchronized boolean refreshIfChanged() {
        if (closed) {
            return false;
        }
        retire(null);
        List<Object> now = stamp();
        if (now.equals(stamp) && (!retrying || skipsLeft-- > 0)) {
            return false; // unchanged: a rejected update is retried at growing gaps, as a retry may cost a key derivation
        }
        stamp = now;
        return refresh();
    }

    /**
     * Re-reads the credentials now; keeps the old key, and logs why (once per distinct problem), if the new one is
     * unusable for any reason, errors included.
     */
    public synchronized boolean refresh() {
        if (closed) {
            return false;
        }
        try {
            KeyedSigner next = load();
            KeyedSigner previous = active.getAndSet(next);
            retire(previous);
            retrying = false;
            retryGap = 0;
            problems.solved();
            if (!previous.fingerprint().equals(next.fingerprint())) {
                LOG.info("rotated signing key {} -> {}", previous.fingerprint(), next.fingerprint());
                return true;
            }
            return false;
        } catch (Throwable e) { // a hostile file can provoke errors too; escaping, any of them would stop rotation for good
            retrying = true;
            retryGap = Math.min(MAX_RETRY_GAP, Math.max(1, retryGap * 2));
            skipsLeft = retryGap;
            problems.report("key update rejected, still signing with " + active.get().fingerprint()
                    + ", trying again when a watched file changes (and every " + MAX_RETRY_GAP + " polls at most meanwhile): "
                    + describe(e));
            return false;
        }
    }

    /** The scheduled task: it must never throw, or the executor would cancel it. */
    private void poll() {
        try {
            refreshIfChanged();
            afterPoll.run();
        } catch (Throwable e) {
            try {
                problems.report("key rotation poll failed (" + e.getClass().getSimpleName() + "); trying again at the next poll");
            } catch (Throwable ignored) { // even logging failed (out of memory?): the next poll tries again
            }
        }
    }

    /** What went wrong: Signet's own messages (safe, escaped), only the type of anything else (it may quote key bytes). */
    private static String describe(Throwable e) {
        if (e instanceof SignetException || e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + " while loading the key";
    }

    private KeyedSigner load() {
        try (Credentials credentials = source.resolveCredentials()) {
            if (ages != null) {
                ages.check(credentials.metadata());
            }
            KeyedSigner candidate = KeyedSigner.of(credentials);
            try (Verifier verifier = Signers.verifierFor(credentials.signingKey())) {
                if (!verifier.verify(PROBE, candidate.signer().sign(PROBE))) {
                    throw new IllegalStateException("the new key's signature does not verify against its own public key");
                }
                return candidate;
            } catch (Throwable e) {
                candidate.close();
                throw e;
            }
        }
    }

    /** Each watched file as it is now: real path, identity, size, times, permissions and owner; or that it is missing. */
    private List<Object> stamp() {
        List<Object> now = new ArrayList<>();
        for (Path p : watched) {
            try {
                Path real = p.toRealPath();
                now.add(real);
                now.add(Files.readAttributes(real, attributesOf(real)));
            } catch (IOException | RuntimeException e) {
                now.add(p + " cannot be examined: " + e.getClass().getSimpleName());
            }
        }
        return now;
    }

    private static String attributesOf(Path file) {
        Set<String> views = file.getFileSystem().supportedFileAttributeViews();
        return views.contains("unix") ? "unix:fileKey,size,lastModifiedTime,ctime,mode,uid,gid"
                : views.contains("posix") ? "posix:fileKey,size,lastModifiedTime,permissions,owner,group"
                : "basic:fileKey,size,lastModifiedTime";
    }

    /** Closes (wipes) the signers retired longer than the grace period ago, then retires {@code previous} if given. */
    private synchronized void retire(KeyedSigner previous) {
        long now = System.nanoTime();
        while (!retired.isEmpty() && now - retired.peekFirst().since() >= graceNanos) {
            retired.pollFirst().signer().close();
        }
        if (previous != null) {
            retired.addLast(new Retired(previous, now));
        }
    }

    /** Stops polling and closes (wipes) the active signer and every retired one. Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        if (poller != null) {
            poller.shutdownNow();
        }
        retired.forEach(r -> r.signer().close());
        retired.clear();
        active.get().close();
    }

    private record Retired(KeyedSigner signer, long since) {
    }

    @Override
    public String toString() {
        return "RotatingKeyedSigner[" + activeFingerprint() + ", watching " + watched + "]";
    }

    /** Configures a {@link RotatingKeyedSigner}. */
    public static final class Builder {
        private CredentialsProvider source;
        private final List<Path> watched = new ArrayList<>();
        private Duration pollInterval = Duration.ofSeconds(10);
        private KeyAgeMonitor ages = KeyAgeMonitor.defaults();
        private Duration retiredSignerGrace = Duration.ofSeconds(10);
        private Runnable afterPoll = () -> { };

        private Builder() {}

        /** Where credentials are resolved from, initially and after each change. */
        public Builder source(CredentialsProvider source) {
            this.source = source;
            return this;
        }

        /** A file whose change triggers a reload (the key or secret file, or a Kubernetes mount's entry). */
        public Builder watch(Path file) {
            watched.add(file);
            return this;
        }

        /** How often to look for changes (default 10 s); null disables polling, leaving {@link #refreshIfChanged()} to the caller. */
        public Builder pollInterval(Duration interval) {
            this.pollInterval = interval;
            return this;
        }

        /** Checks each loaded key's age (default: warn after 90 days); null disables it. */
        public Builder keyAgeMonitor(KeyAgeMonitor monitor) {
            this.ages = monitor;
            return this;
        }

        /**
         * How long a replaced signer stays usable for requests that picked it up just before the swap (default 10 s);
         * after that it is closed and its key wiped.
         */
        public Builder retiredSignerGrace(Duration grace) {
            if (grace.isNegative()) {
                throw new IllegalArgumentException("retiredSignerGrace must not be negative");
            }
            this.retiredSignerGrace = grace;
            return this;
        }

        /**
         * Runs on the polling thread after each poll, e.g. to publish the rotation state to metrics; what it throws is
         * reported like a failed poll and polling goes on.
         */
        public Builder afterPoll(Runnable action) {
            this.afterPoll = Objects.requireNonNull(action, "action");
            return this;
        }

        /** Loads the credentials once (failing if they are unusable) and starts polling. */
        public RotatingKeyedSigner build() {
            return new RotatingKeyedSigner(this);
        }
    }
}
