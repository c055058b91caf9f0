package dev.signet.signing.hmac.internal;

import dev.signet.core.Hex;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * HMAC-SHA256 with the key's ipad/opad states computed once, so each MAC costs the message blocks plus one outer
 * block (three SHA-256 compressions for an order query, where {@code javax.crypto.Mac} does five).
 *
 * <p>Two paths: {@link #mac(byte[], int, int, byte[], int)} clones the JDK's intrinsic-backed digest states (fastest
 * where the CPU has SHA instructions; allocates the clones), {@link #macWithoutAllocation} runs a Java compression
 * over per-thread scratch and allocates nothing. Thread-safe: templates are read-only, scratch is per thread.
 */
public final class HmacEngine {
    /** Bytes in an HMAC-SHA256 tag. */
    public static final int MAC_LENGTH = 32;
    private static final int MAX_RETAINED_TEXT = 64 * 1024;
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private final HmacKeyStates states;

    /** Derives the key states; wipes {@code key}. */
    public HmacEngine(byte[] key) {
        this.states = new HmacKeyStates(key);
    }

    /** Writes the 32-byte MAC of {@code len} bytes of {@code msg} into {@code out}, using the JDK digest. */
    public void mac(byte[] msg, int off, int len, byte[] out, int outOff) {
        MessageDigest inner = HmacKeyStates.copy(states.inner);
        inner.update(msg, off, len);
        MessageDigest outer = HmacKeyStates.copy(states.outer);
        try {
            inner.digest(out, outOff, MAC_LENGTH);
            outer.update(out, outOff, MAC_LENGTH);
            outer.digest(out, outOff, MAC_LENGTH);
        } catch (DigestException e) {
            throw new IllegalArgumentException("output buffer needs " + MAC_LENGTH + " bytes from offset " + outOff, e);
        }
    }

    /** The lowercase hex MAC of the UTF-8 encoding of {@code text}, encoded without an intermediate String. */
    public String macHex(CharSequence text) {
        Scratch scratch = SCRATCH.get();
        int max = Utf8Encoder.maxBytes(text.length());
        byte[] buffer = max <= scratch.text.length ? scratch.text : new byte[max];
        if (buffer != scratch.text && max <= MAX_RETAINED_TEXT) {
            scratch.text = buffer;
        }
        int n = Utf8Encoder.encode(text, buffer);
        mac(buffer, 0, n, scratch.block, 0);
        Hex.encode(scratch.block, 0, MAC_LENGTH, scratch.hex, 0);
        return new String(scratch.hex, StandardCharsets.ISO_8859_1);
    }

    /** Writes the 32-byte MAC into {@code out} without allocating (Java compression over per-thread scratch). */
    public void macWithoutAllocation(byte[] msg, int off, int len, byte[] out, int outOff) {
        if (out.length - outOff < MAC_LENGTH || outOff < 0) {
            throw new IllegalArgumentException("output buffer needs " + MAC_LENGTH + " bytes from offset " + outOff);
        }
        Scratch s = SCRATCH.get();
        System.arraycopy(states.innerWords, 0, s.state, 0, 8);
        int pos = off;
        int end = off + len;
        for (; end - pos >= Sha256.BLOCK; pos += Sha256.BLOCK) {
            Sha256.compress(s.state, msg, pos, s.w);
        }
        int rest = end - pos;
        System.arraycopy(msg, pos, s.block, 0, rest);
        finish(s, rest, Sha256.BLOCK + (long) len);
        Sha256.output(s.state, s.block, 0);
        System.arraycopy(states.outerWords, 0, s.state, 0, 8);
        finish(s, MAC_LENGTH, Sha256.BLOCK + MAC_LENGTH);
        Sha256.output(s.state, out, outOff);
    }

    /** Pads the {@code used} bytes in the scratch block (total message {@code bytes} long) and compresses. */
    private static void finish(Scratch s, int used, long bytes) {
        byte[] block = s.block;
        block[used] = (byte) 0x80;
        if (used + 1 > Sha256.BLOCK - 8) {
            Arrays.fill(block, used + 1, Sha256.BLOCK, (byte) 0);
            Sha256.compress(s.state, block, 0, s.w);
            Arrays.fill(block, 0, Sha256.BLOCK - 8, (byte) 0);
        } else {
            Arrays.fill(block, used + 1, Sha256.BLOCK - 8, (byte) 0);
        }
        long bits = bytes * 8;
        for (int i = 0; i < 8; i++) {
            block[Sha256.BLOCK - 1 - i] = (byte) (bits >>> 8 * i);
        }
        Sha256.compress(s.state, block, 0, s.w);
    }

    /** Per-thread working memory. */
    private static final class Scratch {
        final int[] state = new int[8];
        final int[] w = new int[64];
        final byte[] block = new byte[Sha256.BLOCK];
        final byte[] hex = new byte[2 * MAC_LENGTH];
        byte[] text = new byte[512];
    }
}
