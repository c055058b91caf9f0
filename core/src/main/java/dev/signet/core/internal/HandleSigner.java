package dev.signet.core.internal;

import dev.signet.core.Signer;
import dev.signet.core.SigningAlgorithm;
import java.util.Objects;

/** A {@link Signer} over a key Signet does not hold: each signature is made by the key's holder. Thread-safe. */
public final class HandleSigner implements Signer {
    private final SharedKeyHandle handle;
    private final int length;

    /** Takes ownership of {@code handle}: closing the signer gives up its share. */
    public HandleSigner(SharedKeyHandle handle) {
        this.handle = handle;
        this.length = handle.signatureLength();
    }

    @Override
    public SigningAlgorithm algorithm() {
        return handle.algorithm();
    }

    @Override
    public int signatureLength() {
        return length;
    }

    @Override
    public int sign(byte[] message, int off, int len, byte[] out, int outOff) {
        Objects.checkFromIndexSize(off, len, message.length);
        Objects.checkFromIndexSize(outOff, length, out.length);
        return handle.sign(message, off, len, out, outOff);
    }

    /** Gives up this signer's share of the key; later calls throw {@link IllegalStateException}. */
    @Override
    public void close() {
        handle.close();
    }

    @Override
    public String toString() {
        return "HandleSigner[" + handle.algorithm() + " in " + handle.description() + "]";
    }
}
