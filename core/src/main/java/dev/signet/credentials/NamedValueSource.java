package dev.signet.credentials;

import dev.signet.core.CredentialsException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

/**
 * Values named by a prefix in a flat namespace (environment variables, system properties), each with an
 * {@code X_FILE}-style twin that points to a file holding the value (Docker and Kubernetes secrets).
 */
final class NamedValueSource implements CredentialSource {
    private final String kind;
    private final Function<Field, String> naming;
    private final Function<String, Optional<String>> lookup;
    private final String fileSuffix;
    private final SecretFileReader files;

    NamedValueSource(String kind, Function<Field, String> naming, Function<String, Optional<String>> lookup, String fileSuffix,
            SecretFileReader files) {
        this.kind = kind;
        this.naming = naming;
        this.lookup = lookup;
        this.fileSuffix = fileSuffix;
        this.files = files;
    }

    @Override
    public Optional<RawValue> find(Field field) {
        String name = naming.apply(field);
        Optional<String> direct = lookup.apply(name);
        Optional<String> file = field == Field.PRIVATE_KEY_FILE ? Optional.empty() : lookup.apply(name + fileSuffix);
        if (direct.isPresent() && file.isPresent()) {
            throw new CredentialsException("both " + name + " and " + name + fileSuffix + " are set; unset one of them");
        }
        if (file.isPresent()) {
            NamedFile named = NamedFile.namedBy(kind + " " + name + fileSuffix, file.get());
            return Optional.of(new RawValue(files.readSecret(named), named.description(), files.modified(named)));
        }
        return direct.map(v -> new RawValue(v.getBytes(StandardCharsets.UTF_8), kind + " " + name, null));
    }

    @Override
    public String nameOf(Field field) {
        return naming.apply(field);
    }

    @Override
    public String description() {
        return kind + "s " + naming.apply(Field.API_KEY).replace("API_KEY", "*").replace("api.key", "*");
    }
}
