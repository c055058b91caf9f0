package dev.signet.keys.internal;

import dev.signet.core.KeyFormatException;

/**
 * Reads the SSH wire encoding (big-endian {@code uint32}, length-prefixed strings) from a byte range. Every length is
 * checked against the bytes that remain before anything is allocated or skipped; a bad one is a
 * {@link KeyFormatException} naming the format.
 *
 * <pre>{@code SshReader in = new SshReader(blob, 0, blob.length, "OpenSSH private key"); int n = in.u32();}</pre>
 */
final class SshReader {
    private final byte[] data;
    private final int end;
    private final String format;
    private int pos;

    SshReader(byte[] data, int from, int to, String format) {
        this.data = data;
        this.pos = from;
        this.end = to;
        this.format = format;
    }

    int u32() {
        need(4);
        int value = (data[pos] & 0xff) << 24 | (data[pos + 1] & 0xff) << 16 | (data[pos + 2] & 0xff) << 8 | data[pos + 3] & 0xff;
        pos += 4;
        return value;
    }

    /** A string's bytes (copied): use for short, non-secret fields only. */
    byte[] string() {
        int length = stringLength();
        byte[] value = java.util.Arrays.copyOfRange(data, pos, pos + length);
        pos += length;
        return value;
    }

    /** A string's contents as a reader over the same bytes, without copying them. */
    SshReader nested() {
        int length = stringLength();
        SshReader inner = new SshReader(data, pos, pos + length, format);
        pos += length;
        return inner;
    }

    void skipString() {
        int length = stringLength();
        pos += length;
    }

    boolean hasRemaining() {
        return pos < end;
    }

    private int stringLength() {
        int length = u32();
        if (length < 0) {
            throw truncated();
        }
        need(length);
        return length;
    }

    private void need(int bytes) {
        if (end - pos < bytes) {
            throw truncated();
        }
    }

    private KeyFormatException truncated() {
        return new KeyFormatException(format + ": malformed or truncated (a length field points past the end of the data)");
    }
}
