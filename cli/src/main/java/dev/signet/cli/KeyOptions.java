package dev.signet.cli;

import dev.signet.core.CredentialMetadata;
import dev.signet.core.CredentialsException;
import dev.signet.core.KeyFormatException;
import dev.signet.core.Secret;
import dev.signet.core.SecretPolicy;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import dev.signet.credentials.KeyAgeMonitor;
import dev.signet.credentials.SecretFileReader;
import dev.signet.keys.PrivateKeyParser;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    /** Warns (slf4j, on stderr) when a key or secret file is older than the exchange's rotation advice. */
    private static final KeyAgeMonitor KEY_AGE = KeyAgeMonitor.defaults();

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

    /** The key, checked against {@code expected} when given; a key file past the rotation age gets a warning. */
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
        Path file = source.keyFile != null ? source.keyFile : source.secretFile;
        if (file != null) {
            KEY_AGE.check(new CredentialMetadata("file " + file, SecretFileReader.create().modified(file), key.fingerprint()));
        }
        return key;
    }

    private Secret secret(Map<String, String> env) {
        if (source.secretEnv != null) {
            byte[] value = variable(env, source.secretEnv, "--secret-env").getBytes(StandardCharsets.UTF_8);
            return SecretPolicy.defaults().admit(value, "environment variable " + source.secretEnv);
        }
        return SecretPolicy.defaults().admit(SecretFileReader.create().readSecret(existing(source.secretFile, "--secret-file")),
                "file " + source.secretFile);
    }

    private SigningKey privateKey(Map<String, String> env) {
        byte[] content = SecretFileReader.create().readKeyFile(existing(source.keyFile, "--key-file"));
        char[] passphrase = passphrase(env);
        try {
            return PrivateKeyParser.parse(content, passphrase);
        } catch (KeyFormatException e) {
            throw new KeyFormatException(source.keyFile + ": " + e.getMessage());
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
        CharBuffer chars = CharBuffer.wrap(variable(env, passphraseEnv, "--passphrase-env"));
        char[] out = new char[chars.remaining()];
        chars.get(out);
        return out;
    }

    /**
     * The value of the variable an option names. When it is not set, the message quotes the name only if it looks
     * like one: a user who typed the secret itself after {@code --secret-env} must not see it echoed.
     */
    static String variable(Map<String, String> env, String name, String option) {
        String value = env.get(name);
        if (value != null) {
            return value;
        }
        if (!Redaction.looksLikeName(name)) {
            throw new CredentialsException("the environment variable named by " + option + " is not set, and " + Redaction.HIDDEN
                    + " does not look like a variable name: give the variable's name (e.g. BINANCE_API_SECRET), never the secret itself");
        }
        throw new CredentialsException("environment variable " + name + " is not set; export it, or give " + option + " another name");
    }

    /** {@code file}, which exists; otherwise an error that quotes it only if it looks like a path. */
    static Path existing(Path file, String option) {
        if (!Files.exists(file)) {
            throw new CredentialsException("the file " + Redaction.quoted(file.toString()) + " given to " + option
                    + " does not exist; give the path of the file, never the secret itself");
        }
        return file;
    }
}
