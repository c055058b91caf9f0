package dev.signet.binance.guard;

import dev.signet.binance.testing.LimitHammer;
import java.nio.file.Path;

/** A hammering process on a {@link FileLimitStore}: {@code FileHammer STATE_FILE MAX_ORDERS THREADS}. */
public final class FileHammer {
    private FileHammer() {}

    public static void main(String[] args) throws Exception {
        LimitHammer.run(FileLimitStore.open(Path.of(args[0])), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
    }
}
