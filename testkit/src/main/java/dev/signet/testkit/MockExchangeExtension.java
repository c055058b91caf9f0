package dev.signet.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects a started {@link MockExchange} into test parameters and closes it after the test; used through
 * {@link MockExchangeTest} or {@code @ExtendWith(MockExchangeExtension.class)}.
 */
public final class MockExchangeExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MockExchangeExtension.class);

    /** Created by JUnit through {@code @ExtendWith}. */
    public MockExchangeExtension() {
        // stateless: each test's mock lives in that test's extension store
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == MockExchange.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent("exchange", key -> new ClosingMock(MockExchange.start()), ClosingMock.class)
                .exchange();
    }

    /** Closes the mock when JUnit closes the test's store. */
    private record ClosingMock(MockExchange exchange) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            exchange.close();
        }
    }
}
