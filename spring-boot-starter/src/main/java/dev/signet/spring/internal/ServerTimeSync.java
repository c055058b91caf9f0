package dev.signet.spring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signet.binance.ServerTimeOffset;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link ServerTimeOffset} measured against the exchange's server-time endpoint ({@code {"serverTime":…}}):
 * at startup and then every refresh interval, on a daemon thread. A failed measurement keeps the last offset and is
 * logged; it never stops the application (timestamps then follow the last known offset).
 *
 * <pre>{@code ServerTimeSync sync = ServerTimeSync.start(URI.create("https://api.binance.com/api/v3/time"), Duration.ofMinutes(10), clock);}</pre>
 */
public final class ServerTimeSync implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServerTimeSync.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final URI url;
    private final HttpClient http;
    private final ServerTimeOffset offset;
    private final ScheduledExecutorService refresher;

    private ServerTimeSync(URI url, Duration refreshInterval, Clock clock) {
        this.url = url;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
        this.offset = ServerTimeOffset.create(this::fetch, clock);
        refresh();
        if (refreshInterval.isZero() || refreshInterval.isNegative()) {
            this.refresher = null;
        } else {
            this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "signet-server-time");
                t.setDaemon(true);
                return t;
            });
            long millis = refreshInterval.toMillis();
            refresher.scheduleWithFixedDelay(this::refresh, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Measures the offset now and schedules the refreshes.
     *
     * @throws IllegalArgumentException unless {@code url} is https, or plain http to a loopback address
     */
    public static ServerTimeSync start(URI url, Duration refreshInterval, Clock clock) {
        String scheme = String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(url.getHost()))) {
            throw new IllegalArgumentException("signet.time.server-time-url must be https (plain http only to a loopback address): "
                    + "a forged server time would push every timestamp out of recvWindow; got " + Quoting.escape(url.toString()));
        }
        return new ServerTimeSync(url, refreshInterval, clock);
    }

    private static boolean isLoopback(String host) {
        return host != null && (host.equals("localhost") || host.equals("[::1]") || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}"));
    }

    /** The offset request signers read. */
    public ServerTimeOffset offset() {
        return offset;
    }

    /** The endpoint measured against. */
    public URI url() {
        return url;
    }

    private void refresh() {
        try {
            offset.refresh();
        } catch (Throwable e) {
            try {
                LOG.warn("cannot read the exchange's server time from {} ({}: {}); keeping the offset {} ms", url,
                        e.getClass().getSimpleName(), Quoting.escape(String.valueOf(e.getMessage())), offset.offsetMillis());
            } catch (Throwable ignored) { // logging failed too: the next refresh tries again
            }
        }
    }

    private long fetch() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode time = response.statusCode() == 200 ? JSON.readTree(response.body()).path("serverTime") : null;
            if (time == null || !time.canConvertToLong() || time.asLong() <= 0) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " without a serverTime number");
            }
            return time.asLong();
        } catch (IOException e) {
            throw new IllegalStateException(e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Stops the refreshes. */
    @Override
    public void close() {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }
}
