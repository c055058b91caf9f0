package dev.signet.cli;

import dev.signet.core.SigningAlgorithm;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * Parses {@code --algorithm}; each command's variant names only what that command accepts, and never echoes the
 * value typed ({@code keygen --algorithm ed448} says "use ed25519 or rsa").
 */
abstract class AlgorithmConverter implements CommandLine.ITypeConverter<SigningAlgorithm> {
    private final Set<SigningAlgorithm> accepted;
    private final String note;

    AlgorithmConverter(Set<SigningAlgorithm> accepted, String note) {
        this.accepted = accepted;
        this.note = note;
    }

    @Override
    public SigningAlgorithm convert(String value) {
        for (SigningAlgorithm algorithm : accepted) {
            if (algorithm.cliName().equalsIgnoreCase(value)) {
                return algorithm;
            }
        }
        throw new CommandLine.TypeConversionException("use " + accepted.stream().map(SigningAlgorithm::cliName)
                .collect(Collectors.joining(", ")).replaceFirst(", ([^,]*)$", " or $1") + note);
    }

    /** {@code hmac-sha256}, {@code ed25519}, {@code rsa}: signing and verifying. */
    static final class Any extends AlgorithmConverter {
        Any() {
            super(EnumSet.allOf(SigningAlgorithm.class), "");
        }
    }

    /** {@code ed25519}, {@code rsa}: what {@code keygen} makes. */
    static final class KeyPair extends AlgorithmConverter {
        KeyPair() {
            super(EnumSet.of(SigningAlgorithm.ED25519, SigningAlgorithm.RSA_PKCS1_SHA256),
                    " (keygen makes key pairs; an HMAC secret comes from the exchange)");
        }
    }
}
