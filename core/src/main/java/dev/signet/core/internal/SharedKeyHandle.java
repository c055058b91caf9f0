package dev.signet.core.internal;

import dev.signet.core.SigningAlgorithm;
import dev.signet.spi.KeyHandle;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One holder's share of a {@link KeyHandle}: the key and each signer made from it hold a share, so closing the
 * credentials does not log a signer out of its token. The handle itself is closed when the last share is.
 */
public final class SharedKeyHandle implements KeyHandle {
    private final Count count;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SharedKeyHandle(Count count) {
        this.count = count;
    }

    /** The first share of {@code handle}. */
    public static SharedKeyHandle of(KeyHandle handle) {
        return new SharedKeyHandle(new Count(handle));
    }

    /**
     * Another share of the same handle.
     *
     * @throws IllegalStateException if this share, and so possibly the handle, was closed
     */
    public SharedKeyHandle share() {
        if (closed.get()) {
            throw new IllegalStateException("this key was closed; resolve the credentials again");
        }
        count.acquire();
        return new SharedKeyHandle(count);
    }

    @Override
    public SigningAlgorithm algorithm() {
        return count.handle.algorithm();
    }

    @Override
    public byte[] publicKeySpki() {
        return count.handle.publicKeySpki();
    }

    @Override
    public int signatureLength() {
        return count.handle.signatureLength();
    }

    @Override
    public int sign(byte[] message, int off, int len, byte[] out, int outOff) {
        if (closed.get()) {
            throw new IllegalStateException("this signer was closed; create a new one from the key");
        }
        return count.handle.sign(message, off, len, out, outOff);
    }

    @Override
    public String description() {
        return count.handle.description();
    }

    /** Gives up this share; the last one closes the handle. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            count.release();
        }
    }

    /** The number of open shares of one handle. */
    private static final class Count {
        private final KeyHandle handle;
        private int open = 1;

        Count(KeyHandle handle) {
            this.handle = handle;
        }

        synchronized void acquire() {
            if (open == 0) {
                throw new IllegalStateException("this key was closed; resolve the credentials again");
            }
            open++;
        }

        synchronized void release() {
            if (--open == 0) {
                handle.close();
            }
        }
    }
}
