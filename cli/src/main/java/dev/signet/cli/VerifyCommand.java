package dev.signet.cli;

import dev.signet.core.CredentialsException;
import dev.signet.core.SecretPolicy;
import dev.signet.core.Signers;
import dev.signet.core.VerificationKey;
import dev.signet.core.Verifier;
import dev.signet.keys.PublicKeyParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code signet verify}: prints {@code valid} (exit 0) or {@code invalid} (exit 1). */
@Command(name = "verify", mixinStandardHelpOptions = true, description = "Verify a signature; prints valid (exit 0) or invalid (exit 1).")
final class VerifyCommand implements Callable<Integer> {
    @ParentCommand
    SignetCommand root;
    @Spec
    CommandSpec spec;
    @Mixin
    AlgorithmOption algorithmOption;
    @ArgGroup(exclusive = true, multiplicity = "1")
    KeySource key;
    @Option(names = "--payload", required = true, paramLabel = "TEXT")
    String payload;
    @Option(names = "--signature", required = true, paramLabel = "S", description = "Hex (HMAC) or base64 (Ed25519/RSA).")
    String signature;
    @Mixin
    Verbose verbose;

    /** The shared secret or the public key. */
    static final class KeySource {
        @Option(names = "--secret-env", paramLabel = "NAME", description = "Variable holding the HMAC secret.")
        String secretEnv;
        @Option(names = "--public-key-file", paramLabel = "PATH", description = "SPKI PEM/DER or OpenSSH public key.")
        Path publicKeyFile;
    }

    @Override
    public Integer call() throws IOException {
        VerificationKey verificationKey = key.publicKeyFile != null
                ? PublicKeyParser.parse(Files.readAllBytes(key.publicKeyFile)) : VerificationKey.sharedSecret(secret());
        if (verificationKey.algorithm() != algorithmOption.algorithm) {
            throw new IllegalArgumentException("--algorithm " + algorithmOption.algorithm.cliName() + " does not match the key, which is "
                    + verificationKey.algorithm().cliName());
        }
        boolean valid;
        try (Verifier verifier = Signers.verifierFor(verificationKey)) {
            valid = verifier.verify(payload, signature);
        }
        spec.commandLine().getOut().println(valid ? "valid" : "invalid");
        return valid ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
    }

    private dev.signet.core.Secret secret() {
        String value = root.env.get(key.secretEnv);
        if (value == null) {
            throw new CredentialsException("environment variable " + key.secretEnv + " is not set; export it first");
        }
        return SecretPolicy.defaults().admit(value.getBytes(StandardCharsets.UTF_8), "environment variable " + key.secretEnv);
    }
}
