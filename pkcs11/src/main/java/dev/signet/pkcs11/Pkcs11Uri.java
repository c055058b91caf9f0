package dev.signet.pkcs11;

import dev.signet.core.CredentialsException;
import dev.signet.core.Hex;
import dev.signet.pkcs11.internal.Quoted;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A key named by an RFC 7512 {@code pkcs11:} URI, parsed strictly: {@code token}, {@code manufacturer},
 * {@code serial}, {@code model} and {@code slot-id} choose the token; {@code object} (the label) and/or {@code id}
 * (percent-encoded bytes) the key; {@code type} may only be {@code private}. In the query, {@code module-path} names
 * the PKCS#11 library and {@code pin-source} a file holding the PIN ({@code file:/path}). A PIN in the URI
 * ({@code pin-value}) is refused, as is every attribute Signet would otherwise ignore: a key must never be chosen
 * by less than what the URI says.
 *
 * <pre>{@code Pkcs11Uri uri = Pkcs11Uri.parse("pkcs11:token=bot;object=binance-ed25519?module-path=/usr/lib/softhsm/libsofthsm2.so");}</pre>
 */
public final class Pkcs11Uri {
    private static final String SCHEME = "pkcs11:";
    private static final int MAX_LENGTH = 4096;
    private static final Set<String> PATH_ATTRIBUTES = Set.of("token", "manufacturer", "serial", "model", "slot-id", "object",
            "id", "type");
    private static final Set<String> QUERY_ATTRIBUTES = Set.of("module-path", "pin-source");
    /** Characters a path value may hold unescaped (RFC 7512 pk11-pchar, without pct-encoded). */
    private static final String PATH_CHARS = ":[]@!$'()*+,=&";
    /** Characters a query value may hold unescaped (RFC 7512 pk11-qchar, without pct-encoded). */
    private static final String QUERY_CHARS = ":[]@!$'()*+,=/?|";

    private final Map<String, byte[]> path;
    private final Map<String, byte[]> query;

    private Pkcs11Uri(Map<String, byte[]> path, Map<String, byte[]> query) {
        this.path = path;
        this.query = query;
    }

    /**
     * Parses {@code text}. Messages name the offending attribute, never its value.
     *
     * @throws CredentialsException if the URI is malformed, holds a PIN, names no key, or uses an attribute Signet does
     *     not match on
     */
    public static Pkcs11Uri parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw refused("is longer than " + MAX_LENGTH + " characters");
        }
        if (!text.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw refused("does not start with pkcs11:");
        }
        String rest = text.substring(SCHEME.length());
        int q = rest.indexOf('?');
        Map<String, byte[]> path = attributes(q < 0 ? rest : rest.substring(0, q), ';', PATH_CHARS, PATH_ATTRIBUTES);
        Map<String, byte[]> query = q < 0 ? Map.of() : attributes(rest.substring(q + 1), '&', QUERY_CHARS, QUERY_ATTRIBUTES);
        Pkcs11Uri uri = new Pkcs11Uri(path, query);
        uri.check();
        return uri;
    }

    private static Map<String, byte[]> attributes(String part, char separator, String allowed, Set<String> known) {
        Map<String, byte[]> found = new LinkedHashMap<>();
        if (part.isEmpty()) {
            return found;
        }
        for (String attribute : part.split(String.valueOf(separator), -1)) {
            int eq = attribute.indexOf('=');
            String name = eq < 0 ? attribute : attribute.substring(0, eq);
            if (eq <= 0 || !name.matches("[a-z][a-z0-9-]*")) {
                throw refused("has an attribute that is not name=value: " + Quoted.quote(name));
            }
            if ("pin-value".equals(name)) {
                throw refused("holds a PIN (pin-value); a PIN on a command line or in a variable ends up in shell history, "
                        + "ps and logs: put it in an owner-only file and name it with pin-source=file:/path or P_PKCS11_PIN_FILE");
            }
            if (!known.contains(name)) {
                throw refused("uses " + Quoted.quote(name) + ", which Signet does not match on; remove it (Signet reads "
                        + String.join(", ", known.stream().sorted().toList()) + " here)");
            }
            if (found.put(name, decode(name, attribute.substring(eq + 1), allowed)) != null) {
                throw refused("gives " + name + " twice");
            }
        }
        return found;
    }

    private static byte[] decode(String name, String value, String allowed) {
        if (value.isEmpty()) {
            throw refused("gives " + name + " an empty value");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                int hi = i + 2 < value.length() ? Character.digit(value.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(value.charAt(i + 2), 16);
                if (lo < 0 || !isAsciiHex(value.charAt(i + 1)) || !isAsciiHex(value.charAt(i + 2))) {
                    throw refused("has a malformed %-escape in " + name + " (write %XX with two hex digits)");
                }
                out.write(hi << 4 | lo);
                i += 2;
            } else if (isUnreserved(c) || allowed.indexOf(c) >= 0) {
                out.write(c);
            } else {
                throw refused("has a character in " + name + " that must be %-encoded (RFC 7512)");
            }
        }
        return out.toByteArray();
    }

    private static boolean isAsciiHex(char c) {
        return c < 0x80 && Character.digit(c, 16) >= 0;
    }

    private static boolean isUnreserved(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private void check() {
        if (!path.containsKey("object") && !path.containsKey("id")) {
            throw refused("names no key: add object=LABEL or id=%XX… (see pkcs11-tool --list-objects)");
        }
        if (path.containsKey("type") && !"private".equals(text("type"))) {
            throw refused("names type=" + Quoted.quote(text("type")) + "; Signet signs with a private key: use type=private");
        }
        if (path.containsKey("slot-id") && !text("slot-id").matches("[0-9]{1,18}")) {
            throw refused("gives slot-id that is not a decimal number");
        }
        for (String name : new String[] {"token", "manufacturer", "serial", "model", "object", "module-path", "pin-source"}) {
            if (attribute(name) != null) {
                text(name);
            }
        }
        modulePath();
        pinSource();
    }

    private byte[] attribute(String name) {
        return path.containsKey(name) ? path.get(name) : query.get(name);
    }

    private String text(String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(attribute(name))).toString();
        } catch (CharacterCodingException e) {
            throw refused("gives " + name + " bytes that are not UTF-8");
        }
    }

    private Optional<String> optionalText(String name) {
        return attribute(name) == null ? Optional.empty() : Optional.of(text(name));
    }

    private static CredentialsException refused(String why) {
        return new CredentialsException("the pkcs11: URI " + why);
    }

    /** The token's label ({@code token=}). */
    public Optional<String> token() {
        return optionalText("token");
    }

    /** The token's manufacturer ({@code manufacturer=}). */
    public Optional<String> manufacturer() {
        return optionalText("manufacturer");
    }

    /** The token's serial number ({@code serial=}). */
    public Optional<String> serial() {
        return optionalText("serial");
    }

    /** The token's model ({@code model=}). */
    public Optional<String> model() {
        return optionalText("model");
    }

    /** The slot's number ({@code slot-id=}). */
    public OptionalLong slotId() {
        return path.containsKey("slot-id") ? OptionalLong.of(Long.parseLong(text("slot-id"))) : OptionalLong.empty();
    }

    /** The key's label ({@code object=}). */
    public Optional<String> object() {
        return optionalText("object");
    }

    /** The key's {@code CKA_ID} bytes ({@code id=}); a fresh copy. */
    public Optional<byte[]> id() {
        return Optional.ofNullable(path.get("id")).map(byte[]::clone);
    }

    /** The PKCS#11 library ({@code module-path=}), an absolute path. */
    public Optional<Path> modulePath() {
        return optionalText("module-path").map(p -> absolute("module-path", p));
    }

    /** The file holding the PIN ({@code pin-source=file:/path}, or an absolute path). */
    public Optional<Path> pinSource() {
        return optionalText("pin-source").map(source -> {
            String lower = source.toLowerCase(Locale.ROOT);
            String file = lower.startsWith("file://") ? source.substring("file://".length())
                    : lower.startsWith("file:") ? source.substring("file:".length()) : source;
            return absolute("pin-source", file);
        });
    }

    private static Path absolute(String name, String text) {
        if (!text.startsWith("/") || text.indexOf('\0') >= 0) {
            throw refused("gives " + name + " that is not an absolute file path (" + name + "=file:/path/to/file)");
        }
        return Path.of(text);
    }

    /** How messages name the key: {@code token 'bot' object 'ed' id 01}. */
    public String describeKey() {
        StringBuilder s = new StringBuilder();
        token().ifPresent(t -> s.append("token ").append(Quoted.quote(t)).append(' '));
        object().ifPresent(o -> s.append("object ").append(Quoted.quote(o)).append(' '));
        id().ifPresent(id -> s.append("id ").append(Hex.encode(id)).append(' '));
        return s.toString().strip();
    }

    /** The URI in canonical form (every attribute re-encoded); it never holds a PIN. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(SCHEME);
        append(s, path, ';', PATH_CHARS);
        if (!query.isEmpty()) {
            s.append('?');
            append(s, query, '&', QUERY_CHARS);
        }
        return s.toString();
    }

    private static void append(StringBuilder s, Map<String, byte[]> attributes, char separator, String allowed) {
        boolean first = true;
        for (Map.Entry<String, byte[]> a : attributes.entrySet()) {
            if (!first) {
                s.append(separator);
            }
            first = false;
            s.append(a.getKey()).append('=');
            boolean raw = !"id".equals(a.getKey());
            for (byte b : a.getValue()) {
                char c = (char) (b & 0xff);
                if (raw && (isUnreserved(c) || allowed.indexOf(c) >= 0)) {
                    s.append(c);
                } else {
                    s.append('%').append(Hex.encode(new byte[] {b}));
                }
            }
        }
    }
}
