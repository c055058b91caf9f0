package dev.signet.binance.guard;

import dev.signet.binance.BinanceRequest;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of one hammering process (see {@link ProcessHammer}): builds limits on {@code store}, prints {@code ready},
 * waits for {@code go} on stdin, then signs orders from {@code threads} threads until the limit refuses them. Each
 * attempt prints {@code try}, then {@code signed}, {@code refused} (the thread stops) or {@code error} (the store could
 * not answer; the thread waits and tries again). Prints {@code done} when every thread stopped.
 */
public final class LimitHammer {
    /** The instant every hammering process counts on, so a run across midnight cannot start a new day. */
    public static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    private LimitHammer() {}

    public static void run(LimitStore store, int maxOrders, int threads) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.US_ASCII);
        TradingLimits limits = TradingLimits.builder().maxOrdersPerUtcDay(maxOrders).limitStore(store)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        BinanceRequest order = BinanceRequest.post("/api/v3/order").param("symbol", "BTCUSDT").param("side", "BUY")
                .param("type", "LIMIT").param("quantity", "1").param("price", "1").build();
        out.println("ready");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        if (!"go".equals(in.readLine())) {
            throw new IllegalStateException("expected go");
        }
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> hammer(limits, order, out));
            thread.start();
            running.add(thread);
        }
        for (Thread thread : running) {
            thread.join();
        }
        store.close();
        out.println("done");
    }

    private static void hammer(TradingLimits limits, BinanceRequest order, PrintStream out) {
        while (true) {
            out.println("try");
            try {
                limits.check(order);
                out.println("signed");
            } catch (TradingLimitExceededException refused) {
                out.println("refused");
                return;
            } catch (LimitStoreException unavailable) {
                out.println("error");
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
