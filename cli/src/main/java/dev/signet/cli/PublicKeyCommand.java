package dev.signet.cli;

import dev.signet.core.SigningKey;
import dev.signet.keys.PublicKeyExport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code signet public-key}: prints the SPKI PEM to register with the exchange. */
@Command(name = "public-key", mixinStandardHelpOptions = true, description = "Print the public key (SPKI PEM) to register with the exchange.")
final class PublicKeyCommand implements Callable<Integer> {
    @ParentCommand
    SignetCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--key-file", required = true, paramLabel = "PATH", description = "Ed25519/RSA private key (PEM, DER, OpenSSH).")
    Path keyFile;
    @Option(names = "--passphrase-env", paramLabel = "NAME", description = "Variable holding the key file's passphrase.")
    String passphraseEnv;
    @Mixin
    Verbose verbose;

    @Override
    public Integer call() {
        KeyOptions options = new KeyOptions();
        options.source = new KeyOptions.Source();
        options.source.keyFile = keyFile;
        options.passphraseEnv = passphraseEnv;
        try (SigningKey key = options.load(root.env, null)) {
            spec.commandLine().getOut().print(PublicKeyExport.pem(key));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
