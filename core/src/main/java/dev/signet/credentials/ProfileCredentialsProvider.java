package dev.signet.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signet.core.CredentialsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
 * The file itself passes the same owner-only rules as a secret file.
 */
public final class ProfileCredentialsProvider extends SourceProvider {
    /** Overrides the profile file's location. */
    public static final String FILE_VARIABLE = "SIGNET_CREDENTIALS_FILE";
    /** Names the profile to use. */
    public static final String PROFILE_VARIABLE = "SIGNET_PROFILE";

    private ProfileCredentialsProvider(Builder b) {
        super(b.assembler(), new LazyProfileSource(b));
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

        Path resolvedFile() {
            return file != null ? file : environment.variable(FILE_VARIABLE).map(Path::of)
                    .orElseGet(() -> Path.of(environment.property("user.home").orElse("."), ".config", "signet", "credentials.json"));
        }

        String resolvedProfile() {
            return profile != null ? profile : environment.variable(PROFILE_VARIABLE).orElse("default");
        }

        /** The provider. */
        public ProfileCredentialsProvider build() {
            return new ProfileCredentialsProvider(this);
        }
    }

    /** Reads the profile file on each lookup pass, so edits are picked up and absence is reported, not thrown early. */
    private static final class LazyProfileSource implements CredentialSource {
        private final Path file;
        private final String profile;
        private final Environment environment;
        private final SecretFileReader files;

        LazyProfileSource(Builder b) {
            this.file = b.resolvedFile();
            this.profile = b.resolvedProfile();
            this.environment = b.environment;
            this.files = b.files;
        }

        @Override
        public Optional<RawValue> find(Field field) {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            JsonNode node = profileNode().get(field.profileName);
            if (node == null || node.isNull()) {
                return Optional.empty();
            }
            String where = "profile '" + profile + "' field " + field.profileName + " in " + file;
            if (node.isTextual()) {
                if (field == Field.API_SECRET || field == Field.PRIVATE_KEY_PASSPHRASE) {
                    throw new CredentialsException(where + " holds a secret inline; reference it instead "
                            + "({\"env\": \"NAME\"} or {\"file\": \"/path\"}), or name the field insecureInlineSecret if you must");
                }
                return Optional.of(new RawValue(node.asText().getBytes(java.nio.charset.StandardCharsets.UTF_8), where, null));
            }
            if (node.has("env")) {
                String name = node.get("env").asText();
                return environment.variable(name)
                        .map(v -> new RawValue(v.getBytes(java.nio.charset.StandardCharsets.UTF_8), "environment variable " + name + " (" + where + ")", null));
            }
            if (node.has("file")) {
                NamedFile named = NamedFile.namedBy(where, node.get("file").asText());
                return Optional.of(new RawValue(files.readSecret(named), named.description(), files.modified(named)));
            }
            if (node.has("insecureInlineSecret")) {
                return Optional.of(new RawValue(node.get("insecureInlineSecret").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "inline insecureInlineSecret (" + where + ")", null));
            }
            throw new CredentialsException(where + " must be a string or an object with env, file or insecureInlineSecret");
        }

        private JsonNode profileNode() {
            byte[] content = files.readKeyFile(file);
            try {
                JsonNode root = new ObjectMapper().readTree(content);
                JsonNode node = root == null ? null : root.path("profiles").get(profile);
                if (node == null || !node.isObject()) {
                    throw new CredentialsException(file + " has no profile '" + profile + "' under \"profiles\"");
                }
                return node;
            } catch (IOException e) {
                throw new CredentialsException(file + " is not valid JSON (line " + lineOf(e) + "); see the format in ProfileCredentialsProvider");
            } finally {
                Arrays.fill(content, (byte) 0);
            }
        }

        private static String lineOf(IOException e) {
            return e instanceof com.fasterxml.jackson.core.JsonProcessingException && ((com.fasterxml.jackson.core.JsonProcessingException) e).getLocation() != null
                    ? String.valueOf(((com.fasterxml.jackson.core.JsonProcessingException) e).getLocation().getLineNr()) : "?";
        }

        @Override
        public String nameOf(Field field) {
            return "profile '" + profile + "' field " + field.profileName;
        }

        @Override
        public String description() {
            return "profile '" + profile + "' in " + file;
        }
    }
}
