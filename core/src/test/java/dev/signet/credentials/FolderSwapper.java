package dev.signet.credentials;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The other process of {@link FolderSwapRaceTest}: swaps the folders {@code d} and {@code e} under the folder given
 * as the argument, by renames, with short random pauses, until it is killed. Prints "swapping" once it has started.
 */
public final class FolderSwapper {
    private FolderSwapper() {}

    public static void main(String[] args) throws Exception {
        Path parent = Path.of(args[0]);
        Path d = parent.resolve("d");
        Path e = parent.resolve("e");
        Path t = parent.resolve("t");
        System.out.println("swapping");
        System.out.flush();
        while (true) {
            move(d, t);
            move(e, d);
            pause();
            move(d, e);
            move(t, d);
            pause();
        }
    }

    private static void move(Path from, Path to) throws Exception {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Up to 200 µs of busy waiting: long enough for some reads to finish between swaps, short enough to race them. */
    private static void pause() {
        long until = System.nanoTime() + ThreadLocalRandom.current().nextLong(200_000);
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
