package dev.signet.cli;

import dev.signet.core.SigningAlgorithm;
import picocli.CommandLine;

/** Parses {@code hmac-sha256}, {@code ed25519}, {@code rsa}. */
final class AlgorithmConverter implements CommandLine.ITypeConverter<SigningAlgorithm> {
    @Override
    public SigningAlgorithm convert(String value) {
        try {
            return SigningAlgorithm.fromCliName(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
