package dev.signet.cli;

import dev.signet.core.SigningAlgorithm;
import picocli.CommandLine.Option;

/** {@code --algorithm hmac-sha256|ed25519|rsa}, required. */
final class AlgorithmOption {
    @Option(names = "--algorithm", required = true, paramLabel = "hmac-sha256|ed25519|rsa", converter = AlgorithmConverter.Any.class,
            description = "The signature algorithm; must match the key.")
    SigningAlgorithm algorithm;
}
