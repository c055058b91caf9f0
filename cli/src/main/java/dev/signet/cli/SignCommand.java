package dev.signet.cli;

import dev.signet.core.Signer;
import dev.signet.core.Signers;
import dev.signet.core.SigningKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code signet sign}: prints the signature, hex for HMAC, base64 for Ed25519/RSA. */
@Command(name = "sign", mixinStandardHelpOptions = true, description = "Sign a payload; prints hex (HMAC) or base64 (Ed25519/RSA).")
final class SignCommand implements Callable<Integer> {
    @ParentCommand
    SignetCommand root;
    @Spec
    CommandSpec spec;
    @Mixin
    AlgorithmOption algorithmOption;
    @Mixin
    KeyOptions key;
    @ArgGroup(exclusive = true, multiplicity = "1")
    Payload payload;
    @Mixin
    Verbose verbose;

    /** Exactly one payload source. */
    static final class Payload {
        @Option(names = "--payload", paramLabel = "TEXT", description = "The payload, as UTF-8.")
        String text;
        @Option(names = "--payload-file", paramLabel = "PATH", description = "File with the payload; - reads stdin.")
        Path file;
    }

    @Override
    public Integer call() throws IOException {
        try (SigningKey signingKey = key.load(root.env, algorithmOption.algorithm); Signer signer = Signers.forKey(signingKey)) {
            String signature = payload.text != null ? signer.signToString(payload.text)
                    : algorithmOption.algorithm.encode(signer.sign(readPayload()));
            spec.commandLine().getOut().println(signature);
            return ExitCodes.OK;
        }
    }

    private byte[] readPayload() throws IOException {
        return payload.file.toString().equals("-") ? root.stdin.readAllBytes() : Files.readAllBytes(payload.file);
    }
}
