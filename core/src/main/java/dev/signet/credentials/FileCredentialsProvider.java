package dev.signet.credentials;

import dev.signet.core.internal.Printable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Credentials from files named in code: an API-key file plus an HMAC secret file or a private-key file (and an
 * optional passphrase file). Every file must pass the {@link SecretFileReader} rules.
 *
 * <pre>{@code FileCredentialsProvider.builder().apiKeyFile(dir.resolve("api-key")).privateKeyFile(dir.resolve("private.pem")).build()}</pre>
 */
public final class FileCredentialsProvider extends SourceProvider {
    private FileCredentialsProvider(Builder b) {
        super(b.assembler(), new PathSource(new EnumMap<>(b.paths), b.files));
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link FileCredentialsProvider}. */
    public static final class Builder extends ProviderSettings<Builder> {
        private final Map<Field, Path> paths = new EnumMap<>(Field.class);

        private Builder() {}

        /** The file holding the API key. */
        public Builder apiKeyFile(Path path) {
            paths.put(Field.API_KEY, path);
            return this;
        }

        /** The file holding the HMAC secret. */
        public Builder apiSecretFile(Path path) {
            paths.put(Field.API_SECRET, path);
            return this;
        }

        /** The Ed25519/RSA private-key file. */
        public Builder privateKeyFile(Path path) {
            paths.put(Field.PRIVATE_KEY_FILE, path);
            return this;
        }

        /** The file holding the private key's passphrase. */
        public Builder passphraseFile(Path path) {
            paths.put(Field.PRIVATE_KEY_PASSPHRASE, path);
            return this;
        }

        /** The provider. */
        public FileCredentialsProvider build() {
            return new FileCredentialsProvider(this);
        }
    }

    /** Explicit paths per field. */
    private static final class PathSource implements CredentialSource {
        private final Map<Field, Path> paths;
        private final SecretFileReader files;

        PathSource(Map<Field, Path> paths, SecretFileReader files) {
            this.paths = paths;
            this.files = files;
        }

        @Override
        public Optional<RawValue> find(Field field) {
            Path path = paths.get(field);
            if (path == null) {
                return Optional.empty();
            }
            if (field == Field.PRIVATE_KEY_FILE) {
                return Optional.of(new RawValue(path.toString().getBytes(StandardCharsets.UTF_8), "file " + Printable.escape(path.toString()), null));
            }
            return Optional.of(new RawValue(files.readSecret(path), "file " + Printable.escape(path.toString()), files.modified(path)));
        }

        @Override
        public String nameOf(Field field) {
            return "the " + field.profileName + " file";
        }

        @Override
        public String description() {
            return "files " + Printable.escape(paths.values().toString());
        }
    }
}
