package dev.signet.testkit.fuzz;

import dev.signet.core.Hex;
import java.util.Base64;

/** Checks shared by the fuzz targets: a documented exception carries no cause and no input bytes. */
final class FuzzAssertions {
    private static final int MIN_ECHO = 12;

    private FuzzAssertions() {}

    /** Fails when {@code e} chains a cause or its message contains a long run of {@code input} (raw, hex or base64). */
    static void noKeyBytesIn(Exception e, byte[] input) {
        if (e.getCause() != null) {
            throw new AssertionError("parser cause chained (may carry key bytes): " + e.getCause().getClass().getName());
        }
        String message = String.valueOf(e.getMessage());
        if (input.length >= MIN_ECHO) {
            byte[] probe = java.util.Arrays.copyOfRange(input, input.length / 2 - MIN_ECHO / 2, input.length / 2 + MIN_ECHO / 2);
            for (String form : new String[] {Hex.encode(probe), Base64.getEncoder().encodeToString(probe).substring(0, 12)}) {
                if (message.contains(form)) {
                    throw new AssertionError("exception message echoes input bytes: " + message);
                }
            }
        }
    }
}
