package dev.signet.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JMH suites' end-to-end and Ed25519 methods timed in short alternating slices in one JVM, for a shared machine:
 * when other work comes and goes from minute to minute, JMH's one-method-after-another runs compare methods measured
 * under different loads, while here every round measures each method once, back to back, and a ratio is the median
 * of the per-round ratios. JMH stays the reference (and the source of B/op, which load does not change).
 *
 * <p>With a third argument {@code cpu}, a slice's rate is operations per second of the measuring thread's CPU time
 * instead of wall time: on a machine busy with other work the time the thread waits for a core then drops out, and
 * what is left varies only with what the other work does to caches and the core's sibling thread.
 *
 * <pre>{@code java -Xms1g -Xmx1g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar dev.signet.benchmarks.InterleavedRun 31 300 [cpu]}</pre>
 */
public final class InterleavedRun {
    private static final int BATCH = 16;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** The last result, kept in a field so no call's result can be optimised away. */
    private static Object last;

    /** One benchmark method. */
    @FunctionalInterface
    private interface Method {
        Object call() throws Exception;
    }

    private InterleavedRun() {}

    /**
     * Runs the comparison.
     *
     * @param args rounds (default 31), slice milliseconds (default 300), and {@code cpu} to rate slices by the thread's
     *     CPU time
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 31;
        long slice = (args.length > 1 ? Long.parseLong(args[1]) : 300) * 1_000_000L;
        boolean cpu = args.length > 2 && args[2].equals("cpu");
        BinanceRequestBenchmark request = new BinanceRequestBenchmark();
        request.setUp();
        HmacSigningBenchmark hmac = new HmacSigningBenchmark();
        hmac.setUp();
        Ed25519SigningBenchmark ed = new Ed25519SigningBenchmark();
        ed.setUp();
        Map<String, Method> methods = new LinkedHashMap<>();
        methods.put("HmacSigningBenchmark.signet", hmac::signet);
        methods.put("HmacSigningBenchmark.signetZeroAlloc", hmac::signetZeroAlloc);
        methods.put("BinanceRequestBenchmark.hmacZeroAlloc", () -> request.hmacZeroAlloc() > 0 ? Boolean.TRUE : null);
        methods.put("BinanceRequestBenchmark.hmacZeroAllocWithLimits", () -> request.hmacZeroAllocWithLimits() > 0 ? Boolean.TRUE : null);
        methods.put("BinanceRequestBenchmark.hmac", request::hmac);
        methods.put("BinanceRequestBenchmark.bcjConnector", request::bcjConnector);
        methods.put("BinanceRequestBenchmark.ed25519", request::ed25519);
        methods.put("BinanceRequestBenchmark.bcjConnectorEd25519", request::bcjConnectorEd25519);
        methods.put("BinanceRequestBenchmark.rsa", request::rsa);
        methods.put("BinanceRequestBenchmark.bcjConnectorRsa", request::bcjConnectorRsa);
        methods.put("Ed25519SigningBenchmark.signet", ed::signet);
        methods.put("Ed25519SigningBenchmark.bouncyCastle", ed::bouncyCastle);
        methods.put("Ed25519SigningBenchmark.bouncyCastleDirect", ed::bouncyCastleDirect);
        List<String> names = new ArrayList<>(methods.keySet());
        for (int warm = 0; warm < 5; warm++) {
            for (String name : names) {
                opsPerSecond(methods.get(name), slice, cpu);
            }
        }
        double[][] rates = new double[names.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < names.size(); k++) {
                int i = (k + r) % names.size(); // each round starts with a different method
                rates[i][r] = opsPerSecond(methods.get(names.get(i)), slice, cpu);
            }
        }
        System.out.printf("%d rounds of %d ms slices, ops per %s second%n%-45s %14s %14s %14s%n", rounds, slice / 1_000_000,
                cpu ? "thread CPU" : "wall-clock", "method", "median ops/s",
                "min", "max");
        for (int i = 0; i < names.size(); i++) {
            double[] sorted = rates[i].clone();
            Arrays.sort(sorted);
            System.out.printf("%-45s %,14.0f %,14.0f %,14.0f%n", names.get(i), sorted[rounds / 2], sorted[0], sorted[rounds - 1]);
        }
        String[][] ratios = {
            {"BinanceRequestBenchmark.hmacZeroAlloc", "BinanceRequestBenchmark.bcjConnector"},
            {"BinanceRequestBenchmark.hmac", "BinanceRequestBenchmark.bcjConnector"},
            {"HmacSigningBenchmark.signet", "BinanceRequestBenchmark.hmacZeroAlloc"},
            {"HmacSigningBenchmark.signetZeroAlloc", "BinanceRequestBenchmark.hmacZeroAlloc"},
            {"BinanceRequestBenchmark.hmacZeroAlloc", "BinanceRequestBenchmark.hmacZeroAllocWithLimits"},
            {"BinanceRequestBenchmark.ed25519", "BinanceRequestBenchmark.bcjConnectorEd25519"},
            {"BinanceRequestBenchmark.rsa", "BinanceRequestBenchmark.bcjConnectorRsa"},
            {"Ed25519SigningBenchmark.signet", "Ed25519SigningBenchmark.bouncyCastleDirect"},
            {"Ed25519SigningBenchmark.signet", "Ed25519SigningBenchmark.bouncyCastle"},
        };
        System.out.println("throughput ratio a / b: median of per-round ratios [quartiles]");
        for (String[] pair : ratios) {
            double[] perRound = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                perRound[r] = rates[names.indexOf(pair[0])][r] / rates[names.indexOf(pair[1])][r];
            }
            Arrays.sort(perRound);
            System.out.printf("%-45s / %-45s %6.2f× [%.2f, %.2f]%n", pair[0], pair[1], perRound[rounds / 2], perRound[rounds / 4],
                    perRound[3 * rounds / 4]);
        }
    }

    private static double opsPerSecond(Method method, long sliceNanos, boolean cpu) throws Exception {
        long cpuStart = cpu ? THREADS.getCurrentThreadCpuTime() : 0;
        long start = System.nanoTime();
        long end = start + sliceNanos;
        long ops = 0;
        long now;
        do {
            for (int i = 0; i < BATCH; i++) {
                last = method.call();
            }
            ops += BATCH;
            now = System.nanoTime();
        } while (now < end);
        return ops * 1e9 / (cpu ? THREADS.getCurrentThreadCpuTime() - cpuStart : now - start);
    }
}
