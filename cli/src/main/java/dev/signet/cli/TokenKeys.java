package dev.signet.cli;

import dev.signet.core.CredentialsException;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import dev.signet.pkcs11.Pkcs11Keys;
import dev.signet.pkcs11.Pkcs11Uri;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Keys in PKCS#11 tokens for the commands: {@code --key-uri pkcs11:…}, the PIN from the variable {@code --pin-env}
 * names (or the URI's {@code pin-source}), the library from the URI's {@code module-path} or {@code SIGNET_PKCS11_MODULE}.
 */
final class TokenKeys {
    /** The PKCS#11 library for URIs without {@code module-path}. */
    static final String MODULE_VARIABLE = "SIGNET_PKCS11_MODULE";

    private TokenKeys() {}

    /** The key {@code uri} names. */
    static SigningKey open(String uri, String pinEnv, Map<String, String> env) {
        char[] pin = pin(pinEnv, env);
        try {
            return keys(env).open(Pkcs11Uri.parse(uri), pin);
        } finally {
            wipe(pin);
        }
    }

    /** A new non-extractable pair inside the token {@code uri} names. */
    static SigningKey generate(String uri, SigningAlgorithm algorithm, int bits, String pinEnv, Map<String, String> env) {
        char[] pin = pin(pinEnv, env);
        try {
            return keys(env).generate(Pkcs11Uri.parse(uri), algorithm, bits, pin);
        } finally {
            wipe(pin);
        }
    }

    private static Pkcs11Keys keys(Map<String, String> env) {
        String library = env.get(MODULE_VARIABLE);
        return library == null ? Pkcs11Keys.create() : Pkcs11Keys.create().defaultLibrary(Path.of(library));
    }

    private static char[] pin(String pinEnv, Map<String, String> env) {
        if (pinEnv == null) {
            return null;
        }
        String value = KeyOptions.variable(env, pinEnv, "--pin-env");
        if (value.isEmpty()) {
            throw new CredentialsException("environment variable " + pinEnv + " (--pin-env) is empty; put the token's PIN in it");
        }
        return value.toCharArray();
    }

    private static void wipe(char[] pin) {
        if (pin != null) {
            Arrays.fill(pin, '\0');
        }
    }
}
