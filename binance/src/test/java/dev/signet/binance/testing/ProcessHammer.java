package dev.signet.binance.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Separate JVM processes signing against one limit (each runs {@link LimitHammer}), started together; a test can
 * {@code kill -9} some of them mid-run and then count what each printed. Orders a killed process had reserved but
 * not yet reported are {@link #dangling()}: counted by the store, never signed.
 */
public final class ProcessHammer implements AutoCloseable {
    private final List<Child> children = new ArrayList<>();
    private final AtomicInteger signed = new AtomicInteger();

    private ProcessHammer() {}

    /** Starts {@code processes} JVMs running {@code main} with {@code args}; returns once all are ready and told to go. */
    public static ProcessHammer start(Class<?> main, List<String> args, int processes, Path logs) throws Exception {
        ProcessHammer hammer = new ProcessHammer();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < processes; i++) {
            List<String> command = new ArrayList<>(List.of(java, "-Xmx64m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                    System.getProperty("java.class.path"), main.getName()));
            command.addAll(args);
            Process process = new ProcessBuilder(command).redirectError(logs.resolve("hammer-" + i + ".err").toFile()).start();
            hammer.children.add(new Child(process, hammer.signed));
        }
        for (Child child : hammer.children) {
            assertThat(child.ready.await(60, TimeUnit.SECONDS)).as("a hammering process started; see %s", logs).isTrue();
        }
        for (Child child : hammer.children) {
            OutputStream in = child.process.getOutputStream();
            in.write("go\n".getBytes(StandardCharsets.US_ASCII));
            in.flush();
        }
        return hammer;
    }

    /** Waits until the processes together printed {@code n} signed orders. */
    public void awaitSigned(int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (signed.get() < n) {
            assertThat(System.nanoTime()).as("%d orders signed in time (%d so far)", n, signed.get()).isLessThan(deadline);
            Thread.sleep(2);
        }
    }

    /** {@code kill -9} of the {@code i}-th process. */
    public void kill(int i) throws InterruptedException {
        Child child = children.get(i);
        child.killed = true;
        child.process.destroyForcibly().waitFor();
    }

    /** Waits for every process not killed to finish, each with exit code 0. */
    public void awaitSurvivors(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Child child : children) {
            if (!child.killed) {
                boolean exited = child.process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                assertThat(exited).as("a hammering process finished in time").isTrue();
                assertThat(child.process.exitValue()).as("a hammering process's exit code").isZero();
                child.reader.join();
                assertThat(child.done).as("a surviving process printed done").isTrue();
            }
        }
    }

    /** Orders the processes printed as signed. */
    public int signed() {
        return signed.get();
    }

    /** Attempts of killed processes that printed no outcome: reserved or not, never signed. */
    public int dangling() throws InterruptedException {
        int dangling = 0;
        for (Child child : children) {
            if (child.killed) {
                child.reader.join();
                dangling += child.tries - child.outcomes;
            }
        }
        return dangling;
    }

    /** Attempts the store could not answer, in all processes. */
    public int errors() {
        int errors = 0;
        for (Child child : children) {
            errors += child.errors;
        }
        return errors;
    }

    /** Kills whatever still runs. */
    @Override
    public void close() {
        for (Child child : children) {
            child.process.destroyForcibly();
        }
    }

    /** One process and the thread that reads what it prints. */
    private static final class Child {
        final Process process;
        final CountDownLatch ready = new CountDownLatch(1);
        final Thread reader;
        volatile boolean killed;
        volatile boolean done;
        volatile int tries;
        volatile int outcomes;
        volatile int errors;

        Child(Process process, AtomicInteger signed) {
            this.process = process;
            this.reader = new Thread(() -> read(signed));
            reader.setDaemon(true);
            reader.start();
        }

        private void read(AtomicInteger signed) {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    switch (line) {
                        case "ready" -> ready.countDown();
                        case "try" -> tries++;
                        case "signed" -> {
                            outcomes++;
                            signed.incrementAndGet();
                        }
                        case "refused" -> outcomes++;
                        case "error" -> {
                            outcomes++;
                            errors++;
                        }
                        case "done" -> done = true;
                        default -> throw new IllegalStateException("unexpected output: " + line);
                    }
                }
            } catch (IOException e) {
                // the process was killed
            }
        }
    }
}
