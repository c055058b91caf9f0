package dev.signet.limits.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.testing.Tools;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A {@code redis-server} of a test's own, on a free loopback port in the test's temp folder: started, killed
 * ({@code kill -9}), frozen ({@code kill -STOP}), restarted on the same port and folder, and stopped on close. Shared
 * through this module's test-jar (the Spring Boot starter's tests start one too).
 */
public final class RedisServer implements AutoCloseable {
    private final Path dir;
    private final int port;
    private final List<String> options;
    private Process process;

    private RedisServer(Path dir, int port, List<String> options) {
        this.dir = dir;
        this.port = port;
        this.options = options;
    }

    /** A server that keeps nothing on disk: a restart loses the state. */
    public static RedisServer ephemeral(Path dir) throws Exception {
        return start(dir, List.of("--save", "", "--appendonly", "no"));
    }

    /** A server that writes every change to its append-only file before answering: a restart keeps the state. */
    public static RedisServer persistent(Path dir) throws Exception {
        return start(dir, List.of("--save", "", "--appendonly", "yes", "--appendfsync", "always"));
    }

    /** A server with {@code options}, where {@code PORT} stands for {@link #port()} (TLS: {@code --port 0 --tls-port PORT}). */
    public static RedisServer start(Path dir, List<String> options) throws Exception {
        Tools.require("redis-server");
        Files.createDirectories(dir);
        RedisServer server = new RedisServer(dir, freePort(), options);
        server.launch();
        return server;
    }

    /** The loopback port it listens on. */
    public int port() {
        return port;
    }

    /** {@code kill -9}: no shutdown, no save. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Starts it again on the same port and folder. */
    void restart() throws Exception {
        launch();
    }

    /** {@code kill -STOP}: connections stay open, nothing answers. */
    void freeze() throws IOException, InterruptedException {
        signal("-STOP");
    }

    /** {@code kill -CONT}. */
    void thaw() throws IOException, InterruptedException {
        signal("-CONT");
    }

    /** Stops it (SIGTERM, then SIGKILL after ten seconds). */
    @Override
    public void close() throws IOException {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            signal("-CONT");
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void launch() throws Exception {
        List<String> command = new ArrayList<>(List.of("redis-server", "--bind", "127.0.0.1", "127.0.0.2", "--dir", dir.toString()));
        command.addAll(options.contains("--tls-port") ? List.of() : List.of("--port", "PORT"));
        command.addAll(options);
        command.replaceAll(arg -> arg.equals("PORT") ? String.valueOf(port) : arg);
        long readyBefore = readyLines();
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                dir.resolve("redis.log").toFile())).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!listening() || readyLines() <= readyBefore) { // listening comes before loading the append-only file
            assertThat(process.isAlive()).as("redis-server runs; see %s", dir.resolve("redis.log")).isTrue();
            assertThat(System.nanoTime()).as("redis-server listens in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** How often the log says the data is loaded and commands are taken (a restart answers LOADING until then). */
    private long readyLines() throws IOException {
        Path log = dir.resolve("redis.log");
        if (!Files.exists(log)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> line.contains("Ready to accept connections")).count();
        }
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private void signal(String signal) throws IOException, InterruptedException {
        assertThat(new ProcessBuilder("kill", signal, String.valueOf(process.pid())).start().waitFor()).isZero();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
