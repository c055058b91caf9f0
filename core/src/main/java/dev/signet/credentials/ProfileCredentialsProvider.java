package dev.signet.credentials;

import dev.signet.core.CredentialsException;
import dev.signet.core.internal.Printable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Credentials from a named profile in {@code ~/.config/signet/credentials.json} (or the file in
 * {@code SIGNET_CREDENTIALS_FILE}); the profile is {@code default} unless {@code SIGNET_PROFILE} or the builder
 * names another. Profiles reference where values live and never hold a secret inline, except in a field named
 * {@code insecureInlineSecret}:
 *
 * <pre>{@code
 * {"profiles": {
 *   "default": {"apiKey": {"env": "BINANCE_API_KEY"}, "apiSecret": {"file": "/run/secrets/binance-secret"}},
 *   "ed25519": {"apiKey": "vmPU…Eh8A", "privateKeyFile": "/home/bot/.config/signet/private.pem",
 *               "privateKeyPassphrase": {"env": "BINANCE_PRIVATE_KEY_PASSPHRASE"}, "keyCreated": "2026-01-31"}}}
 * }</pre>
 *
 * The file itself passes the same owner-only rules as a secret file, and is read and parsed once per resolve, so
 * an edit in the middle of one never mixes two versions. A path taken from {@code SIGNET_CREDENTIALS_FILE} is
 * never printed (people paste the profile itself there); messages name the variable. Reading the file needs
 * Jackson ({@code com.fasterxml.jackson.core:jackson-databind}), an optional dependency of signet-core.
 */
public final class ProfileCredentialsProvider extends SourceProvider {
    /** Overrides the profile file's location. */
    public static final String FILE_VARIABLE = "SIGNET_CREDENTIALS_FILE";
    /** Names the profile to use. */
    public static final String PROFILE_VARIABLE = "SIGNET_PROFILE";

    private ProfileCredentialsProvider(Builder b) {
        super(b.assembler(), new ProfileSource(b.resolvedFile(), b.resolvedProfile(), b.environment, b.files));
    }

    /** The default file and profile, real environment. */
    public static ProfileCredentialsProvider create() {
        return builder().build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link ProfileCredentialsProvider}. */
    public static final class Builder extends ProviderSettings<Builder> {
        private Path file;
        private String profile;

        private Builder() {}

        /** The profile file (default: {@code $SIGNET_CREDENTIALS_FILE} or {@code ~/.config/signet/credentials.json}). */
        public Builder file(Path file) {
            this.file = file;
            return this;
        }

        /** The profile name (default: {@code $SIGNET_PROFILE} or {@code default}). */
        public Builder profile(String profile) {
            this.profile = profile;
            return this;
        }

        NamedFile resolvedFile() {
            if (file != null) {
                return NamedFile.of(file);
            }
            return environment.variable(FILE_VARIABLE).map(text -> NamedFile.namedBy("environment variable " + FILE_VARIABLE, text))
                    .orElseGet(() -> NamedFile.of(Path.of(environment.property("user.home").orElse("."), ".config", "signet",
                            "credentials.json")));
        }

        String resolvedProfile() {
            return profile != null ? profile : environment.variable(PROFILE_VARIABLE).orElse("default");
        }

        /** The provider. */
        public ProfileCredentialsProvider build() {
            return new ProfileCredentialsProvider(this);
        }
    }

    /** The profile file, read and parsed once per resolve by {@link #snapshot()}. */
    private static final class ProfileSource implements CredentialSource {
        private final NamedFile file;
        private final String profile;
        private final Environment environment;
        private final SecretFileReader files;

        ProfileSource(NamedFile file, String profile, Environment environment, SecretFileReader files) {
            this.file = file;
            this.profile = profile;
            this.environment = environment;
            this.files = files;
        }

        @Override
        public CredentialSource snapshot() {
            if (!Files.exists(file.path())) {
                return new ParsedProfile(this, Map.of());
            }
            if (!jacksonPresent()) {
                throw new CredentialsException("reading " + file.description() + " needs Jackson: add the dependency "
                        + "com.fasterxml.jackson.core:jackson-databind (on the module path also --add-modules com.fasterxml.jackson.databind)");
            }
            byte[] content = files.readKeyFile(file);
            try {
                return new ParsedProfile(this, ProfileJson.read(content, profile, file.description()));
            } finally {
                Arrays.fill(content, (byte) 0);
            }
        }

        private static boolean jacksonPresent() {
            try {
                Class.forName(ProfileJson.JACKSON_CLASS, false, ProfileCredentialsProvider.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError absent) {
                return false;
            }
        }

        @Override
        public Optional<RawValue> find(Field field) {
            return snapshot().find(field);
        }

        @Override
        public String nameOf(Field field) {
            return "profile '" + Printable.escape(profile) + "' field " + field.profileName;
        }

        @Override
        public String description() {
            return "profile '" + Printable.escape(profile) + "' in " + file.description();
        }
    }

    /** One profile's fields as parsed; values behind {@code env} and {@code file} references are read on demand. */
    private static final class ParsedProfile implements CredentialSource {
        private final ProfileSource source;
        private final Map<Field, ProfileEntry> entries;

        ParsedProfile(ProfileSource source, Map<Field, ProfileEntry> entries) {
            this.source = source;
            this.entries = entries;
        }

        @Override
        public Optional<RawValue> find(Field field) {
            ProfileEntry entry = entries.get(field);
            if (entry == null) {
                return Optional.empty();
            }
            String where = source.nameOf(field) + " in " + source.file.description();
            switch (entry.kind()) {
                case TEXT:
                    if (field.secret) {
                        throw new CredentialsException(where + " holds a secret inline; reference it instead "
                                + "({\"env\": \"NAME\"} or {\"file\": \"/path\"}), or name the field insecureInlineSecret if you must");
                    }
                    return Optional.of(new RawValue(utf8(entry.text()), where, null));
                case ENV:
                    return source.environment.variable(entry.text())
                            .map(v -> new RawValue(utf8(v), "environment variable " + Printable.escape(entry.text()) + " (" + where + ")", null));
                case FILE:
                    NamedFile named = NamedFile.namedBy(where, entry.text());
                    return Optional.of(new RawValue(source.files.readSecret(named), named.description(), source.files.modified(named)));
                case INLINE_SECRET:
                    return Optional.of(new RawValue(utf8(entry.text()), "inline insecureInlineSecret (" + where + ")", null));
                default:
                    throw new IllegalStateException("unknown profile entry kind " + entry.kind());
            }
        }

        private static byte[] utf8(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String nameOf(Field field) {
            return source.nameOf(field);
        }

        @Override
        public String description() {
            return source.description();
        }
    }
}
