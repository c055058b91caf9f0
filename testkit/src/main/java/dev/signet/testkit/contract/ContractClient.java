package dev.signet.testkit.contract;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The client under test, with the adapter installed: sends through the client's own API and lets a failure
 * arrive exactly as that API delivers it (thrown by {@code execute}/{@code send}, a failed future, OkHttp's
 * {@code onFailure}), so the contract sees each client's normal error channel.
 *
 * <pre>{@code public ContractResponse send(ContractRequest r) throws Exception { return toContract(client.execute(toApache(r))); }}</pre>
 */
public interface ContractClient extends AutoCloseable {
    /** Sends {@code request}; throws what the client's API delivers as the failure. */
    ContractResponse send(ContractRequest request) throws Exception;

    /**
     * Sends {@code request} so that the client connects to {@code connectTo} although the request's URI names
     * another origin (Apache {@code HttpHost}; OkHttp a {@code Host} header). A client that always connects to the
     * URI's origin throws {@link UnsupportedOperationException} saying why.
     */
    ContractResponse sendConnectingTo(URI connectTo, ContractRequest request) throws Exception;

    /**
     * The status this client repeats a request on by itself when its retries are on (Apache: 503 with
     * {@code Retry-After}; OkHttp: 408), or 0 for a client that never does (then the contract repeats the request
     * as a caller would).
     */
    int retriedStatus();

    /** Releases the client. */
    @Override
    void close() throws IOException;

    /** Waits for an async client's result; a failure arrives as the exception the future failed with. */
    static <T> T await(Future<T> future) throws Exception {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
        }
    }
}
