package dev.signet.credentials;

import dev.signet.core.internal.Printable;
import org.slf4j.Logger;

/**
 * A warning per distinct problem of a task that repeats (a rotation poll every few seconds): the same problem again
 * is logged once, a new one is logged, and {@link #solved()} forgets the last one. Each line is escaped, so what a
 * file put into a message cannot forge another log entry.
 */
final class ProblemLog {
    private final Logger log;
    private String last;

    ProblemLog(Logger log) {
        this.log = log;
    }

    /** Logs {@code problem} at WARN unless it is the one logged last. */
    synchronized void report(String problem) {
        String line = Printable.escape(problem);
        if (!line.equals(last)) {
            last = line;
            log.warn("{}", line);
        }
    }

    /** The task succeeded: the next problem is logged even if it is the last one again. */
    synchronized void solved() {
        last = null;
    }
}
