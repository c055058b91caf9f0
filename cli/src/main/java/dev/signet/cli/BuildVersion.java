package dev.signet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The version the build wrote into {@code version.properties}, for {@code --version}. */
final class BuildVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"signet " + value()};
    }

    /** The project version, e.g. {@code 0.1.0-SNAPSHOT}. */
    static String value() {
        Properties properties = new Properties();
        try (InputStream in = BuildVersion.class.getResourceAsStream("version.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the CLI jar lacks its version.properties", e);
        }
        return properties.getProperty("version");
    }
}
