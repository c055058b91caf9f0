package dev.signet.binance.testing;

import dev.signet.binance.BinanceRequest;
import dev.signet.binance.RequestSigner;
import dev.signet.binance.SignedRequest;
import dev.signet.binance.guard.LimitStore;
import dev.signet.binance.guard.LimitStoreException;
import dev.signet.binance.guard.SigningPolicy;
import dev.signet.binance.guard.TradingLimitExceededException;
import dev.signet.binance.guard.TradingLimits;
import dev.signet.core.ApiKey;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Signers;
import dev.signet.core.SigningKey;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of one hammering process (see {@link ProcessHammer}): builds an HMAC request signer guarded by limits on
 * {@code store}, prints {@code ready}, waits for {@code go} on stdin, then signs orders from {@code threads} threads until
 * the limit refuses them. Each
 * attempt prints {@code try}, then {@code signed}, {@code refused} (the thread stops) or {@code error} (the store could
 * not answer; the thread waits and tries again). Prints {@code done} when every thread stopped.
 */
public final class LimitHammer {
    /** The instant every hammering process counts on, so a run across midnight cannot start a new day. */
    public static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    private LimitHammer() {}

    public static void run(LimitStore store, int maxOrders, int threads) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.US_ASCII);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        TradingLimits limits = TradingLimits.builder().maxOrdersPerUtcDay(maxOrders).limitStore(store).clock(clock).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        RequestSigner signer = RequestSigner.builder().keyedSigner(new KeyedSigner(ApiKey.of("hammerKeyAbCdEfGh0123"),
                Signers.forKey(SigningKey.hmacSha256(InsecureSecretAccess.secretFromBytes(secret))), "hammer"))
                .guard(SigningPolicy.builder().tradingLimits(limits).build()).clock(clock).build();
        BinanceRequest order = BinanceRequest.post("/api/v3/order").param("symbol", "BTCUSDT").param("side", "BUY")
                .param("type", "LIMIT").param("quantity", "1").param("price", "1").build();
        out.println("ready");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        if (!"go".equals(in.readLine())) {
            throw new IllegalStateException("expected go");
        }
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> hammer(signer, order, out));
            thread.start();
            running.add(thread);
        }
        for (Thread thread : running) {
            thread.join();
        }
        store.close();
        out.println("done");
    }

    private static void hammer(RequestSigner signer, BinanceRequest order, PrintStream out) {
        while (true) {
            out.println("try");
            try {
                SignedRequest signed = signer.sign(order);
                if (!(signed.query() + signed.body()).contains("&signature=")) {
                    throw new IllegalStateException("signed without a signature");
                }
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
