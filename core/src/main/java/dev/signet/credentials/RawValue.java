package dev.signet.credentials;

import java.time.Instant;

/**
 * One value found in a source: its bytes (owned by the receiver, wiped after use), a description of where it came
 * from for messages, and the file's modification time when it came from a file.
 */
record RawValue(byte[] bytes, String origin, Instant modified) {
    @Override
    public String toString() {
        return "RawValue[" + origin + "]";
    }
}
