package dev.signet.testing;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** Test secrets that pass the secret policy, and a shared-signer concurrency check (core test-jar). */
public final class TestSecrets {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestSecrets() {}

    /** A fresh 64-character alphanumeric secret, like the exchange issues; unique, so it doubles as a canary. */
    public static String random() {
        StringBuilder s = new StringBuilder(64);
        for (int i = 0; i < 64; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** Whether {@code threads} threads each computing {@code work} {@code iterations} times always get {@code expected}. */
    public static boolean sameResultFromThreads(int threads, int iterations, Supplier<byte[]> work, byte[] expected) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < iterations; i++) {
                        if (!Arrays.equals(work.get(), expected)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                if (!r.get()) {
                    return false;
                }
            }
            return true;
        } finally {
            pool.shutdown();
        }
    }
}
