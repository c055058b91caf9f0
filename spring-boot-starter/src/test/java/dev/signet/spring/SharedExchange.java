package dev.signet.spring;

import dev.signet.testkit.MockExchange;
import java.net.URI;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One {@link MockExchange} (with the test key registered) and one "other host" for every Spring Boot test in this JVM,
 * so the tests share one application context: started once, closed with the JVM.
 */
final class SharedExchange {
    static final TestCredentials CREDENTIALS = TestCredentials.create();
    static final MockExchange EXCHANGE = CREDENTIALS.registerWith(MockExchange.start());
    static final MockExchange ELSEWHERE = MockExchange.start();

    private SharedExchange() {}

    /** The credential files, and {@code exchange.base-url} for the test application. */
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("signet.credentials.api-key-file", CREDENTIALS::apiKeyFile);
        registry.add("signet.credentials.api-secret-file", CREDENTIALS::secretFile);
        registry.add("exchange.base-url", () -> EXCHANGE.baseUri().toString());
    }

    static URI onExchange(String pathAndQuery) {
        return EXCHANGE.baseUri().resolve(pathAndQuery);
    }

    static URI elsewhere(String pathAndQuery) {
        return URI.create("http://localhost:" + ELSEWHERE.port() + pathAndQuery);
    }

    static void clear() {
        EXCHANGE.clearRequests();
        ELSEWHERE.clearRequests();
    }
}
