package dev.signet.signing.hmac.internal;

import dev.signet.core.Hex;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * HMAC-SHA256 on the JDK's SHA-256 (a HotSpot intrinsic using the CPU's SHA or AVX2 instructions, several times
 * faster than any SHA-256 written in Java), with the key's pads prepared once.
 *
 * <p>Two paths: {@link #mac} clones digests that have already absorbed the ipad/opad blocks, so an order query
 * costs three SHA-256 compressions where {@code javax.crypto.Mac} does five (it allocates the two clones);
 * {@link #macWithoutAllocation} re-feeds the pads into a per-thread digest and allocates nothing. Thread-safe:
 * templates are read-only, scratch is per thread.
 */
public final class HmacEngine {
    /** Bytes in an HMAC-SHA256 tag. */
    public static final int MAC_LENGTH = 32;
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private final HmacKeyStates states;
    private volatile boolean closed;

    /** Derives the key states; wipes {@code key}. */
    public HmacEngine(byte[] key) {
        this.states = new HmacKeyStates(key);
    }

    /** Writes the 32-byte MAC of {@code len} bytes of {@code msg} into {@code out}, cloning the pad-fed digests. */
    public void mac(byte[] msg, int off, int len, byte[] out, int outOff) {
        checkOpen();
        checkBounds(msg, off, len, out, outOff);
        MessageDigest inner = HmacKeyStates.copy(states.inner);
        inner.update(msg, off, len);
        digestInto(inner, out, outOff);
        MessageDigest outer = HmacKeyStates.copy(states.outer);
        outer.update(out, outOff, MAC_LENGTH);
        digestInto(outer, out, outOff);
    }

    /**
     * Writes the 32-byte MAC into {@code out} without allocating: the pads are fed to a per-thread digest (two
     * compressions more than {@link #mac}, no clones). Bounds are checked first, so a bad call cannot leave the
     * digest half-fed.
     */
    public void macWithoutAllocation(byte[] msg, int off, int len, byte[] out, int outOff) {
        checkOpen();
        checkBounds(msg, off, len, out, outOff);
        MessageDigest digest = SCRATCH.get().digest;
        digest.update(states.innerPad);
        digest.update(msg, off, len);
        digestInto(digest, out, outOff);
        digest.update(states.outerPad);
        digest.update(out, outOff, MAC_LENGTH);
        digestInto(digest, out, outOff);
    }

    /** The lowercase hex MAC of the UTF-8 encoding of {@code text} (the JDK's encoder: vectorised for ASCII). */
    public String macHex(CharSequence text) {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return macHex(bytes, 0, bytes.length);
    }

    /** The lowercase hex MAC of {@code len} bytes of {@code msg}. */
    public String macHex(byte[] msg, int off, int len) {
        Scratch scratch = SCRATCH.get();
        mac(msg, off, len, scratch.tag, 0);
        Hex.encode(scratch.tag, 0, MAC_LENGTH, scratch.hex, 0);
        return new String(scratch.hex, StandardCharsets.ISO_8859_1);
    }

    /** Wipes the pads and the pad-fed digests; every later call throws. */
    public void close() {
        closed = true;
        states.wipe();
    }

    /** The key states, for tests in this package that check what {@link #close()} leaves behind. */
    HmacKeyStates states() {
        return states;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this HMAC signer was closed and its key wiped; create a new one");
        }
    }

    private static void checkBounds(byte[] msg, int off, int len, byte[] out, int outOff) {
        Objects.checkFromIndexSize(off, len, msg.length);
        if (outOff < 0 || out.length - outOff < MAC_LENGTH) {
            throw new IllegalArgumentException("output buffer needs " + MAC_LENGTH + " bytes from offset " + outOff);
        }
    }

    /** Finishes {@code digest} into {@code out}, whose room {@link #checkBounds} has already checked. */
    private static void digestInto(MessageDigest digest, byte[] out, int outOff) {
        try {
            digest.digest(out, outOff, MAC_LENGTH);
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-256 refused a checked " + MAC_LENGTH + "-byte output buffer", e);
        }
    }

    /** Per-thread working memory. */
    private static final class Scratch {
        final MessageDigest digest = HmacKeyStates.newDigest();
        final byte[] tag = new byte[MAC_LENGTH];
        final byte[] hex = new byte[2 * MAC_LENGTH];
    }
}
