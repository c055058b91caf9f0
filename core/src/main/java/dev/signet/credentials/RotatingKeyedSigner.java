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
 * swaps count, plus size and modification time) and, on a change, resolves the credentials again, proves the new
 * key signs and verifies, then swaps the (API key, signer) pair in one atomic step — a request is signed wholly
 * with the old pair or wholly with the new. A bad update keeps the old key active and is logged.
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
    private volatile String stamp;
    private final ScheduledExecutorService poller;

    private RotatingKeyedSigner(Builder b) {
        this.source = Objects.requireNonNull(b.source, "source");
        this.watched = List.copyOf(b.watched);
        this.ages = b.ages;
        this.graceNanos = b.retiredSignerGrace.toNanos();
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
            poller.scheduleWithFixedDelay(this::refreshIfChanged, millis, millis, TimeUnit.MILLISECONDS);
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

    /** Re-reads the credentials if a watched file changed; returns whether the key was swapped. */
    public boolean refreshIfChanged() {
        retire(null);
        String now = stamp();
        if (now.equals(stamp)) {
            return false;
        }
        stamp = now;
        return refresh();
    }

    /** Re-reads the credentials now; keeps the old key, and logs why, if the new one is unusable. */
    public boolean refresh() {
        try {
            KeyedSigner next = load();
            KeyedSigner previous = active.getAndSet(next);
            retire(previous);
            if (!previous.fingerprint().equals(next.fingerprint())) {
                LOG.info("rotated signing key {} -> {}", previous.fingerprint(), next.fingerprint());
                return true;
            }
            return false;
        } catch (SignetException | IllegalArgumentException | IllegalStateException e) {
            LOG.warn("key update rejected, still signing with {}: {}", active.get().fingerprint(), e.getMessage());
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            // anything else a broken file can provoke: an exception escaping would also cancel the poller for good
            LOG.warn("key update failed ({}), still signing with {}", e.getClass().getSimpleName(), active.get().fingerprint());
            return false;
        }
    }

    private KeyedSigner load() {
        try (Credentials credentials = source.resolveCredentials()) {
            if (ages != null) {
                ages.check(credentials.metadata());
            }
            KeyedSigner candidate = KeyedSigner.of(credentials);
            try (Verifier verifier = Signers.verifierFor(credentials.signingKey())) {
                if (!verifier.verify(PROBE, candidate.signer().sign(PROBE))) {
                    candidate.close();
                    throw new IllegalStateException("the new key's signature does not verify against its own public key");
                }
            }
            return candidate;
        }
    }

    private String stamp() {
        StringBuilder s = new StringBuilder();
        for (Path p : watched) {
            try {
                Path real = p.toRealPath();
                s.append(real).append('|').append(Files.size(real)).append('|').append(Files.getLastModifiedTime(real).toMillis()).append(';');
            } catch (IOException e) {
                s.append(p).append("|missing;");
            }
        }
        return s.toString();
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

    /** Stops polling and closes (wipes) the active signer and every retired one. */
    @Override
    public synchronized void close() {
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

        /** Loads the credentials once (failing if they are unusable) and starts polling. */
        public RotatingKeyedSigner build() {
            return new RotatingKeyedSigner(this);
        }
    }
}
