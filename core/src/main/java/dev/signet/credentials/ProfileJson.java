package dev.signet.credentials;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signet.core.CredentialsException;
import dev.signet.core.internal.Printable;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Reads one profile out of a credentials file's JSON. The only class that touches Jackson, which is an optional
 * dependency of core: {@link ProfileCredentialsProvider} checks it is present before loading this class.
 */
final class ProfileJson {
    static final String JACKSON_CLASS = "com.fasterxml.jackson.databind.ObjectMapper";

    private ProfileJson() {}

    /**
     * The fields of {@code profile}, as written.
     *
     * @param file how messages name the file
     * @throws CredentialsException if the JSON is malformed, the profile missing, or a field of the wrong shape
     */
    static Map<Field, ProfileEntry> read(byte[] content, String profile, String file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(content);
        } catch (IOException e) {
            throw new CredentialsException(file + " is not valid JSON (line " + lineOf(e) + "); see the format in ProfileCredentialsProvider");
        }
        JsonNode node = root == null ? null : root.path("profiles").get(profile);
        if (node == null || !node.isObject()) {
            throw new CredentialsException(file + " has no profile '" + Printable.escape(profile) + "' under \"profiles\"");
        }
        Map<Field, ProfileEntry> entries = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            JsonNode value = node.get(field.profileName);
            if (value != null && !value.isNull()) {
                entries.put(field, entry(value, "profile '" + Printable.escape(profile) + "' field " + field.profileName + " in " + file));
            }
        }
        return entries;
    }

    private static ProfileEntry entry(JsonNode value, String where) {
        if (value.isTextual()) {
            return new ProfileEntry(ProfileEntry.Kind.TEXT, value.asText());
        }
        if (value.isObject() && value.size() == 1) {
            for (ProfileEntry.Kind kind : new ProfileEntry.Kind[] {ProfileEntry.Kind.ENV, ProfileEntry.Kind.FILE, ProfileEntry.Kind.INLINE_SECRET}) {
                JsonNode text = value.get(jsonName(kind));
                if (text != null && text.isTextual()) {
                    return new ProfileEntry(kind, text.asText());
                }
            }
        }
        throw new CredentialsException(where + " must be a string or an object with one of env, file or insecureInlineSecret");
    }

    private static String jsonName(ProfileEntry.Kind kind) {
        return switch (kind) {
            case ENV -> "env";
            case FILE -> "file";
            case INLINE_SECRET -> "insecureInlineSecret";
            case TEXT -> throw new IllegalArgumentException("a plain string has no key");
        };
    }

    private static String lineOf(IOException e) {
        return e instanceof JsonProcessingException json && json.getLocation() != null
                ? String.valueOf(json.getLocation().getLineNr()) : "?";
    }
}
