package dev.signet.cli;

import dev.signet.core.CredentialsException;
import dev.signet.core.SecretPolicy;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import dev.signet.credentials.SecretFileReader;
import dev.signet.keys.PrivateKeyParser;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * Where a command gets its key: {@code --secret-env NAME}, {@code --secret-file PATH}, {@code --key-file PATH}
 * (+ {@code --passphrase-env NAME}) or {@code --key-uri pkcs11:…} (+ {@code --pin-env NAME}). No option takes a
 * secret value: it would land in shell history and {@code ps}.
 */
final class KeyOptions {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--passphrase-env", paramLabel = "NAME", description = "Variable holding the key file's passphrase.")
    String passphraseEnv;

    @Option(names = "--pin-env", paramLabel = "NAME", description = "Variable holding the token's PIN (with --key-uri).")
    String pinEnv;

    /** Exactly one key source. */
    static final class Source {
        @Option(names = "--secret-env", paramLabel = "NAME", description = "Variable holding the HMAC secret.")
        String secretEnv;

        @Option(names = "--secret-file", paramLabel = "PATH", description = "Owner-only file holding the HMAC secret.")
        Path secretFile;

        @Option(names = "--key-file", paramLabel = "PATH", description = "Ed25519/RSA private key (PEM, DER, OpenSSH).")
        Path keyFile;

        @Option(names = "--key-uri", paramLabel = "pkcs11:…", description = "Ed25519/RSA key in a PKCS#11 token (RFC 7512 URI).")
        String keyUri;
    }

    /** The key, checked against {@code expected} when given. */
    SigningKey load(Map<String, String> env, SigningAlgorithm expected) {
        if (pinEnv != null && source.keyUri == null) {
            throw new IllegalArgumentException("--pin-env goes with --key-uri");
        }
        SigningKey key = source.keyFile != null ? privateKey(env)
                : source.keyUri != null ? TokenKeys.open(source.keyUri, pinEnv, env) : SigningKey.hmacSha256(secret(env));
        if (expected != null && key.algorithm() != expected) {
            key.close();
            throw new IllegalArgumentException("--algorithm " + expected.cliName() + " does not match the key, which is "
                    + key.algorithm().cliName());
        }
        return key;
    }

    private dev.signet.core.Secret secret(Map<String, String> env) {
        if (source.secretEnv != null) {
            String value = env.get(source.secretEnv);
            if (value == null) {
                throw new CredentialsException("environment variable " + source.secretEnv + " is not set; export it or use --secret-file");
            }
            return SecretPolicy.defaults().admit(value.getBytes(StandardCharsets.UTF_8), "environment variable " + source.secretEnv);
        }
        return SecretPolicy.defaults().admit(SecretFileReader.create().readSecret(source.secretFile), "file " + source.secretFile);
    }

    private SigningKey privateKey(Map<String, String> env) {
        byte[] content = SecretFileReader.create().readKeyFile(source.keyFile);
        char[] passphrase = passphrase(env);
        try {
            return PrivateKeyParser.parse(content, passphrase);
        } catch (dev.signet.core.KeyFormatException e) {
            throw new dev.signet.core.KeyFormatException(source.keyFile + ": " + e.getMessage());
        } finally {
            Arrays.fill(content, (byte) 0);
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    /** The passphrase from {@code --passphrase-env}, or null. */
    char[] passphrase(Map<String, String> env) {
        if (passphraseEnv == null) {
            return null;
        }
        String value = env.get(passphraseEnv);
        if (value == null) {
            throw new CredentialsException("environment variable " + passphraseEnv + " (--passphrase-env) is not set");
        }
        CharBuffer chars = CharBuffer.wrap(value);
        char[] out = new char[chars.remaining()];
        chars.get(out);
        return out;
    }

}
