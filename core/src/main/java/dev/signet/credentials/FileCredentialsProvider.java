package dev.signet.credentials;

import dev.signet.core.internal.Printable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Credentials from files named in code: an API-key file plus an HMAC secret file, a private-key file (and an optional
 * passphrase file), or the URI of a key that stays in a PKCS#11 token (with an optional PIN file; needs
 * {@code signet-pkcs11}). Every file must pass the {@link SecretFileReader} rules.
 *
 * <pre>{@code FileCredentialsProvider.builder().apiKeyFile(dir.resolve("api-key")).privateKeyFile(dir.resolve("private.pem")).build()}</pre>
 */
public final class FileCredentialsProvider extends SourceProvider {
    private FileCredentialsProvider(Builder b) {
        super(b.assembler(), new PathSource(new EnumMap<>(b.paths), new EnumMap<>(b.values), b.files));
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link FileCredentialsProvider}. */
    public static final class Builder extends ProviderSettings<Builder> {
        private final Map<Field, Path> paths = new EnumMap<>(Field.class);
        private final Map<Field, String> values = new EnumMap<>(Field.class);

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

        /**
         * A key that stays in a PKCS#11 token, {@code pkcs11:token=bot;object=binance-ed25519} (RFC 7512), instead of a
         * secret or private-key file; opened by {@code signet-pkcs11}.
         */
        public Builder privateKeyUri(String uri) {
            values.put(Field.PRIVATE_KEY_URI, Objects.requireNonNull(uri, "uri"));
            return this;
        }

        /** The file holding the token's PIN; without it the URI's {@code pin-source} is used. */
        public Builder pkcs11PinFile(Path path) {
            paths.put(Field.PKCS11_PIN, path);
            return this;
        }

        /** The PKCS#11 library for a URI without {@code module-path}. */
        public Builder pkcs11Module(String library) {
            values.put(Field.PKCS11_MODULE, Objects.requireNonNull(library, "library"));
            return this;
        }

        /** The provider. */
        public FileCredentialsProvider build() {
            return new FileCredentialsProvider(this);
        }
    }

    /** Explicit paths per field, and values that are not secrets (the key URI, the library). */
    private static final class PathSource implements CredentialSource {
        private final Map<Field, Path> paths;
        private final Map<Field, String> values;
        private final SecretFileReader files;

        PathSource(Map<Field, Path> paths, Map<Field, String> values, SecretFileReader files) {
            this.paths = paths;
            this.values = values;
            this.files = files;
        }

        @Override
        public Optional<RawValue> find(Field field) {
            String value = values.get(field);
            if (value != null) {
                return Optional.of(new RawValue(value.getBytes(StandardCharsets.UTF_8), "the configured " + field.profileName, null));
            }
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
            return "the " + field.profileName + (field == Field.PRIVATE_KEY_URI || field == Field.PKCS11_MODULE ? "" : " file");
        }

        @Override
        public String description() {
            return "files " + Printable.escape(paths.values().toString()) + (values.containsKey(Field.PRIVATE_KEY_URI) ? " and a key URI" : "");
        }
    }
}
