package dev.signet.cli;

import dev.signet.core.Secret;
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
    @ArgGroup(exclusive = true, multiplicity = "1")
    Payload payload;
    @Option(names = "--signature", required = true, paramLabel = "S", description = "The signature: hex (HMAC) or base64 (Ed25519/RSA).")
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
            valid = verifier.verify(payload.bytes(root.stdin), signature(verificationKey));
        }
        spec.commandLine().getOut().println(valid ? "valid" : "invalid");
        return valid ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
    }

    /** The wire-form signature decoded; text that is not hex (HMAC) or base64 is simply an invalid signature. */
    private byte[] signature(VerificationKey verificationKey) {
        try {
            return verificationKey.algorithm().decode(signature);
        } catch (IllegalArgumentException malformed) {
            return new byte[0];
        }
    }

    private Secret secret() {
        byte[] value = KeyOptions.variable(root.env, key.secretEnv, "--secret-env").getBytes(StandardCharsets.UTF_8);
        return SecretPolicy.defaults().admit(value, "environment variable " + key.secretEnv);
    }
}
