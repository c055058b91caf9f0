package dev.signet.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: stack traces on failure (never secret values: messages hold none). */
final class Verbose {
    @Option(names = "--verbose", description = "Print stack traces on failure.")
    boolean verbose;
}
