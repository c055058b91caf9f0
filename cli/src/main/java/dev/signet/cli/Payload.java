package dev.signet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Exactly one payload source, for {@code sign} and {@code verify}: {@code --payload TEXT} or {@code --payload-file PATH}. */
final class Payload {
    @Option(names = "--payload", paramLabel = "TEXT", description = "The payload, as UTF-8.")
    String text;
    @Option(names = "--payload-file", paramLabel = "PATH", description = "File with the payload, byte for byte; - reads stdin.")
    Path file;

    /** The payload's bytes: the text as UTF-8, or the file (stdin for {@code -}) as is. */
    byte[] bytes(InputStream stdin) throws IOException {
        if (text != null) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return file.toString().equals("-") ? stdin.readAllBytes() : Files.readAllBytes(file);
    }
}
