package dev.signet.http.apache5;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Where Signet's two handlers go in an exec chain, and the builders they went into. The call handler is first; the
 * hop handler goes right before {@code PROTOCOL}, the one element every builder has (redirects, retries and
 * compression can all be disabled), so it runs once per hop and per retry whatever the chain looks like.
 */
final class Installation {
    /** The call handler's name in the exec chain. */
    static final String CALL = "signet-call";
    /** The hop handler's name in the exec chain. */
    static final String HOP = "signet-signing";
    private static final Set<Object> BUILDERS = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private Installation() {}

    /**
     * Records {@code builder} as equipped.
     *
     * @throws IllegalStateException when Signet was already installed on it (requests would be signed twice)
     */
    static void claim(Object builder) {
        if (!BUILDERS.add(builder)) {
            throw new IllegalStateException("Signet is already installed on this builder; install it once");
        }
    }
}
