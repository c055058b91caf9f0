package dev.signet.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.testkit.MockExchange;
import dev.signet.testkit.RecordedRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The contract's checks on what a listener recorded. */
final class Expect {
    private static final Set<String> ADDED_BY_SIGNER = Set.of("timestamp", "recvWindow", "signature");

    private Expect() {}

    /** The parameters the caller sent, decoded, without those the signer adds. */
    static List<Map.Entry<String, String>> callerParams(RecordedRequest request) {
        return request.params().stream().filter(p -> !ADDED_BY_SIGNER.contains(p.getKey())).collect(Collectors.toList());
    }

    /** The request's {@code timestamp}. */
    static long timestamp(RecordedRequest request) {
        return Long.parseLong(request.param("timestamp").orElseThrow(() -> new AssertionError("no timestamp in " + describe(request))));
    }

    /** Signed so that the exchange accepts it (whatever the listener was told to answer). */
    static void signedValidly(RecordedRequest request) {
        assertThat(request.apiKeyHeader()).as("API key header of %s", describe(request)).isPresent();
        assertThat(request.errorCode()).as("exchange error code for %s", describe(request)).isZero();
        assertThat(request.params()).as("parameters of %s", describe(request)).filteredOn(p -> p.getKey().equals("signature")).hasSize(1);
        assertThat(request.params()).as("parameters of %s", describe(request)).filteredOn(p -> p.getKey().equals("timestamp")).hasSize(1);
    }

    /** Signed validly and answered 200. */
    static void accepted(RecordedRequest request) {
        signedValidly(request);
        assertThat(request.httpStatus()).as("status answered to %s", describe(request)).isEqualTo(200);
    }

    /** Nothing {@code listener} received carries the API key header, a timestamp or a signature. */
    static void nothingSigned(MockExchange listener) {
        for (RecordedRequest request : listener.requests()) {
            assertThat(request.apiKeyHeader()).as("API key header reaching %s in %s", listener.baseUri(), describe(request)).isEmpty();
            assertThat(request.params()).as("parameters reaching %s in %s", listener.baseUri(), describe(request))
                    .extracting(Map.Entry::getKey).doesNotContainAnyElementsOf(ADDED_BY_SIGNER);
        }
    }

    /** Method, path, status and error code, for assertion messages (no header values). */
    static String describe(RecordedRequest request) {
        return request.method() + " " + request.path() + " (answered " + request.httpStatus() + ", code " + request.errorCode() + ")";
    }
}
