package dev.signet.testkit.internal;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a {@code MockExchange} answers instead of the endpoint: redirects (every request to a path) and queued
 * answers (the next requests to a path, in order; they come first).
 */
public final class AnswerScript {
    private final Map<String, Answer> redirects = new ConcurrentHashMap<>();
    private final Map<String, Deque<Answer>> queued = new ConcurrentHashMap<>();

    /** Redirects every request to {@code path}. */
    public void redirect(String path, int status, URI location) {
        if (status < 300 || status > 399) {
            throw new IllegalArgumentException("a redirect status is 3xx, not " + status);
        }
        redirects.put(path, new Answer(status, Map.of("Location", location.toString())));
    }

    /** Answers the next request to {@code path} (after those queued before). */
    public void answerNext(String path, int status, Map<String, String> headers) {
        queued.computeIfAbsent(path, p -> new ArrayDeque<>()).add(new Answer(status, Map.copyOf(headers)));
    }

    /** The scripted answer for a request to {@code path}, or null to answer as the exchange does. */
    public Answer next(String path) {
        Deque<Answer> waiting = queued.get(path);
        Answer next = waiting == null ? null : waiting.poll();
        return next != null ? next : redirects.get(path);
    }

    /** Forgets every redirect and queued answer. */
    public void clear() {
        redirects.clear();
        queued.clear();
    }

    /**
     * A status and headers, with an empty body.
     *
     * @param status the HTTP status
     * @param headers the response headers
     */
    public record Answer(int status, Map<String, String> headers) {}
}
