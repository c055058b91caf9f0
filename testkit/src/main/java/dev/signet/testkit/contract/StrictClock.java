package dev.signet.testkit.contract;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** The system clock, made strictly increasing: every timestamp signed is new, so a re-used one is visible. */
final class StrictClock extends Clock {
    private final AtomicLong last = new AtomicLong();

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the contract's clock is UTC");
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public long millis() {
        return last.updateAndGet(previous -> Math.max(System.currentTimeMillis(), previous + 1));
    }
}
