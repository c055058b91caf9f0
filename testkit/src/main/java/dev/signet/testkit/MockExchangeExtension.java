package dev.signet.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects a started {@link MockExchange} into test parameters and closes it after the test; used through
 * {@link MockExchangeTest} or {@code @ExtendWith(MockExchangeExtension.class)}.
 *
 * <p>JUnit is an optional dependency of the testkit (the CLI's demo runs the mock without it), so its types in
 * this class's signatures are not re-exported: a test that uses the extension has JUnit already.
 */
@SuppressWarnings("exports")
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
        // JUnit closes AutoCloseable values when it closes the test's store
        return context.getStore(NAMESPACE).computeIfAbsent("exchange", key -> MockExchange.start(), MockExchange.class);
    }
}
