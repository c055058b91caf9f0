package dev.signet.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a JUnit 5 test class or method that takes a {@link MockExchange} parameter: a fresh mock is started for
 * each test and closed after it.
 *
 * <pre>{@code
 * @MockExchangeTest
 * class MyBotTest {
 *     @Test void placesOrder(MockExchange exchange) { ... }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(MockExchangeExtension.class)
@SuppressWarnings("exports") // JUnit is optional in the testkit; see MockExchangeExtension
public @interface MockExchangeTest {}
