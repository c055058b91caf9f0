package dev.signet.testkit.contract;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A listener on {@code 127.0.0.2} that speaks no protocol: it accepts connections, counts them and closes them. Where
 * nothing may connect, it sees a TCP connection (the first step of TLS too) that a recording exchange would not,
 * since that only records requests.
 *
 * <pre>{@code try (ConnectionCounter elsewhere = new ConnectionCounter()) { ...; assertThat(elsewhere.acceptedAfterQuiet()).isZero(); }}</pre>
 */
final class ConnectionCounter implements AutoCloseable {
    /** How long a connection a client started in the background gets to arrive before counting. */
    private static final long QUIET_MILLIS = 300;
    private final ServerSocket socket;
    private final AtomicInteger accepted = new AtomicInteger();

    ConnectionCounter() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.2"));
        Thread acceptor = new Thread(this::acceptAll, "signet-connection-counter");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** {@code scheme://127.0.0.2:PORT/path}. */
    URI uri(String scheme, String path) {
        return URI.create(scheme + "://" + hostAndPort() + path);
    }

    /** {@code 127.0.0.2:PORT}. */
    String hostAndPort() {
        return "127.0.0.2:" + socket.getLocalPort();
    }

    /** The connections accepted so far, counted after a short quiet time for any still under way. */
    int acceptedAfterQuiet() throws InterruptedException {
        Thread.sleep(QUIET_MILLIS);
        return accepted.get();
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                accepted.incrementAndGet();
                connection.close();
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
