package dev.signet.credentials;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Files under {@code $CREDENTIALS_DIRECTORY}, named {@code api-key}, {@code api-secret}, {@code private-key}, … */
final class SystemdSource implements CredentialSource {
    static final String DIRECTORY_VARIABLE = "CREDENTIALS_DIRECTORY";
    private final Environment environment;
    private final SecretFileReader files;

    SystemdSource(Environment environment, SecretFileReader files) {
        this.environment = environment;
        this.files = files;
    }

    @Override
    public Optional<RawValue> find(Field field) {
        Optional<Path> file = environment.variable(DIRECTORY_VARIABLE).map(dir -> Path.of(dir, field.systemdName)).filter(Files::exists);
        if (field == Field.PRIVATE_KEY_FILE) {
            return file.map(p -> new RawValue(p.toString().getBytes(StandardCharsets.UTF_8), "systemd credential " + nameOf(field), null));
        }
        return file.map(p -> new RawValue(files.readSecret(p), "systemd credential " + nameOf(field), files.modified(p)));
    }

    @Override
    public String nameOf(Field field) {
        return "$" + DIRECTORY_VARIABLE + "/" + field.systemdName;
    }

    @Override
    public String description() {
        // the folder came from a variable: never printed (a pasted secret would be echoed), only the variable's name
        return environment.variable(DIRECTORY_VARIABLE).map(d -> "systemd credentials in $" + DIRECTORY_VARIABLE)
                .orElse("systemd credentials ($" + DIRECTORY_VARIABLE + " unset)");
    }
}
