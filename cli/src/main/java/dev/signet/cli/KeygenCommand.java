package dev.signet.cli;

import dev.signet.core.CredentialsException;
import dev.signet.core.RejectedSecretException;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import dev.signet.keys.KeyFiles;
import dev.signet.keys.PublicKeyExport;
import dev.signet.keys.SigningKeyGenerator;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code signet keygen}: writes DIR/private.pem (0600) and DIR/public.pem; prints the key's fingerprint. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = "Generate a key pair: DIR/private.pem (PKCS#8, mode 0600) and DIR/public.pem (register this one), or inside a "
                + "PKCS#11 token with --key-uri. Never overwrites.")
final class KeygenCommand implements Callable<Integer> {
    /** The shortest passphrase keygen accepts without {@code --allow-short-passphrase}. */
    static final int MIN_PASSPHRASE = 12;

    @ParentCommand
    SignetCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--algorithm", required = true, paramLabel = "ed25519|rsa", converter = AlgorithmConverter.KeyPair.class,
            description = "The key pair to make: ed25519 (the exchange's recommendation) or rsa.")
    SigningAlgorithm algorithm;
    @Option(names = "--bits", defaultValue = "2048", paramLabel = "2048|3072|4096", description = "RSA modulus size (default 2048).")
    int bits;
    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;
    @Option(names = "--passphrase-env", paramLabel = "NAME", description = "Encrypt private.pem with the passphrase in this variable.")
    String passphraseEnv;
    @Option(names = "--pin-env", paramLabel = "NAME", description = "Variable holding the token's PIN (with --key-uri).")
    String pinEnv;
    @Option(names = "--allow-short-passphrase", description = "Accept a passphrase shorter than " + MIN_PASSPHRASE + " characters (tests only).")
    boolean allowShortPassphrase;
    @Mixin
    Verbose verbose;

    /** Files in a folder, or a pair inside a token that never leaves it. */
    static final class Target {
        @Option(names = "--out", paramLabel = "DIR", description = "Folder for private.pem and public.pem; created if missing.")
        Path out;
        @Option(names = "--key-uri", paramLabel = "pkcs11:…", description = "Generate inside this PKCS#11 token (non-extractable); prints the public key.")
        String keyUri;
    }

    @Override
    public Integer call() throws IOException {
        if (target.keyUri != null) {
            return inToken();
        }
        Path out = target.out;
        char[] passphrase = passphraseEnv == null ? null : passphrase();
        try (SigningKey key = SigningKeyGenerator.generate(algorithm, bits)) {
            KeyFiles.writeKeyPair(key, out, passphrase);
            spec.commandLine().getErr().println("wrote " + out.resolve(KeyFiles.PRIVATE_PEM) + " (mode 0600) and "
                    + out.resolve(KeyFiles.PUBLIC_PEM) + "; register public.pem with the exchange");
            spec.commandLine().getOut().println(key.fingerprint());
            return ExitCodes.OK;
        } catch (FileAlreadyExistsException e) {
            throw new CredentialsException(e.getFile() + " exists; signet keygen never overwrites a key, choose another --out");
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    private int inToken() {
        if (passphraseEnv != null) {
            throw new IllegalArgumentException("--passphrase-env protects key files; a token key is protected by the token's PIN (--pin-env)");
        }
        try (SigningKey key = TokenKeys.generate(target.keyUri, algorithm, bits, pinEnv, root.env)) {
            spec.commandLine().getErr().println("generated " + key.algorithm().cliName() + " key " + key.fingerprint() + " inside "
                    + key.holder().orElseThrow() + "; register this public key with the exchange:");
            spec.commandLine().getOut().print(PublicKeyExport.pem(key));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    private char[] passphrase() {
        String value = KeyOptions.variable(root.env, passphraseEnv, "--passphrase-env");
        if (value.isEmpty()) {
            throw new CredentialsException("environment variable " + passphraseEnv + " (--passphrase-env) is empty; put the passphrase "
                    + "in it, or leave out --passphrase-env for an unencrypted key");
        }
        if (value.codePointCount(0, value.length()) < MIN_PASSPHRASE && !allowShortPassphrase) {
            throw new RejectedSecretException("the passphrase in " + passphraseEnv + " is shorter than " + MIN_PASSPHRASE
                    + " characters; use a longer one (a password manager can make one), or --allow-short-passphrase in tests");
        }
        return value.toCharArray();
    }
}
