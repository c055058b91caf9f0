package dev.signet.credentials;

import java.util.Map;
import java.util.Optional;

/**
 * Where providers read environment variables and system properties; tests pass {@link #of(Map, Map)} so they never
 * depend on the real environment.
 *
 * <pre>{@code EnvironmentCredentialsProvider.builder().environment(Environment.of(Map.of("BINANCE_API_KEY", "..."), Map.of()))}</pre>
 */
public interface Environment {
    /** An environment variable. */
    Optional<String> variable(String name);

    /** A system property. */
    Optional<String> property(String name);

    /** The process's real environment and system properties. */
    static Environment system() {
        return new Environment() {
            @Override
            public Optional<String> variable(String name) {
                return Optional.ofNullable(System.getenv(name));
            }

            @Override
            public Optional<String> property(String name) {
                return Optional.ofNullable(System.getProperty(name));
            }
        };
    }

    /** Fixed maps, for tests and embedding. */
    static Environment of(Map<String, String> variables, Map<String, String> properties) {
        Map<String, String> vars = Map.copyOf(variables);
        Map<String, String> props = Map.copyOf(properties);
        return new Environment() {
            @Override
            public Optional<String> variable(String name) {
                return Optional.ofNullable(vars.get(name));
            }

            @Override
            public Optional<String> property(String name) {
                return Optional.ofNullable(props.get(name));
            }
        };
    }
}
