package dev.signet.cli;

import dev.signet.core.Signers;
import dev.signet.core.SigningKey;
import dev.signet.keys.PublicKeyExport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code signet public-key}: prints the SPKI PEM to register with the exchange, for a key {@code sign} accepts. */
@Command(name = "public-key", mixinStandardHelpOptions = true, description = "Print the public key (SPKI PEM) to register with the exchange.")
final class PublicKeyCommand implements Callable<Integer> {
    @ParentCommand
    SignetCommand root;
    @Spec
    CommandSpec spec;
    @ArgGroup(exclusive = true, multiplicity = "1")
    PrivateKey privateKey;
    @Option(names = "--passphrase-env", paramLabel = "NAME", description = "Variable holding the key file's passphrase.")
    String passphraseEnv;
    @Option(names = "--pin-env", paramLabel = "NAME", description = "Variable holding the token's PIN (with --key-uri).")
    String pinEnv;
    @Mixin
    Verbose verbose;

    /** A key file or a key in a token. */
    static final class PrivateKey {
        @Option(names = "--key-file", paramLabel = "PATH", description = "Ed25519/RSA private key (PEM, DER, OpenSSH).")
        Path keyFile;
        @Option(names = "--key-uri", paramLabel = "pkcs11:…", description = "Ed25519/RSA key in a PKCS#11 token (RFC 7512 URI).")
        String keyUri;
    }

    @Override
    public Integer call() {
        KeyOptions options = new KeyOptions();
        options.source = new KeyOptions.Source();
        options.source.keyFile = privateKey.keyFile;
        options.source.keyUri = privateKey.keyUri;
        options.passphraseEnv = passphraseEnv;
        options.pinEnv = pinEnv;
        try (SigningKey key = options.load(root.env, null)) {
            Signers.forKey(key).close(); // a key sign refuses (RSA under 2048 bits) is refused with the same message, not registered
            spec.commandLine().getOut().print(PublicKeyExport.pem(key));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
