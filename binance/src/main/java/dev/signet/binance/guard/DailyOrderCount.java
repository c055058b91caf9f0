package dev.signet.binance.guard;

import dev.signet.core.Hex;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The number of orders signed on one UTC day, persisted so a restart (or {@code kill -9}) does not reset it:
 * written to a temp file, fsynced, then atomically renamed over the state file. A checksum line makes corruption
 * detectable; a corrupt file is refused, never silently reset. Not thread-safe: {@link TradingLimits} locks.
 */
final class DailyOrderCount {
    private final Path file;
    private LocalDate day;
    private int count;

    private DailyOrderCount(Path file, LocalDate day, int count) {
        this.file = file;
        this.day = day;
        this.count = count;
    }

    /** Loads the state file, or starts at zero when there is none. */
    static DailyOrderCount load(Path file, LocalDate today) {
        try {
            String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n");
            if (lines.length != 3 || !lines[2].equals("sha256=" + checksum(lines[0] + "\n" + lines[1]))
                    || !lines[0].startsWith("day=") || !lines[1].startsWith("count=")) {
                throw corrupt(file);
            }
            return new DailyOrderCount(file, LocalDate.parse(lines[0].substring(4)), Integer.parseInt(lines[1].substring(6)));
        } catch (NoSuchFileException e) {
            return new DailyOrderCount(file, today, 0);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw corrupt(file);
        } catch (IOException e) {
            throw new TradingLimitExceededException("cannot read the trading-limit state " + file + " (" + e.getClass().getSimpleName()
                    + "); refusing to sign until it is readable");
        }
    }

    /**
     * Counts {@code orders} more today if that stays within {@code max}; persists before returning. Only a later day
     * starts a new count: a clock stepping back over midnight keeps counting against the later day.
     */
    boolean tryAdd(LocalDate today, int orders, int max) {
        if (today.isAfter(day)) {
            day = today;
            count = 0;
        }
        if (count > max - orders) {
            return false;
        }
        count += orders;
        persist();
        return true;
    }

    /** Orders counted on {@code today}: none yet when the stored day is over. */
    int count(LocalDate today) {
        return today.isAfter(day) ? 0 : count;
    }

    private void persist() {
        String body = "day=" + day + "\ncount=" + count;
        byte[] bytes = (body + "\nsha256=" + checksum(body)).getBytes(StandardCharsets.UTF_8);
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(bytes));
            channel.force(true);
        } catch (IOException e) {
            throw new TradingLimitExceededException("cannot write the trading-limit state " + temp + "; refusing to sign");
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new TradingLimitExceededException("cannot replace the trading-limit state " + file + "; refusing to sign");
        }
    }

    private static TradingLimitExceededException corrupt(Path file) {
        return new TradingLimitExceededException("the trading-limit state " + file + " is corrupt; refusing to sign rather than "
                + "resetting today's order count. Check it, then delete it only if you know today's count");
    }

    private static String checksum(String body) {
        try {
            return Hex.encode(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
