package dev.signet.credentials;

import dev.signet.core.ApiKey;
import dev.signet.core.CredentialMetadata;
import dev.signet.core.Credentials;
import dev.signet.core.CredentialsException;
import dev.signet.core.SecretPolicy;
import dev.signet.core.SigningKey;
import dev.signet.core.internal.SecretUtf8;
import dev.signet.spi.KeyUriResolver;
import dev.signet.spi.PrivateKeyDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds {@link Credentials} from a {@link CredentialSource}: API key plus one of an HMAC secret, a private-key
 * file (with optional passphrase) or a key URI ({@code pkcs11:…}, with optional PIN and library), the secret policy
 * applied, the key's age taken from {@code P_KEY_CREATED} or the file's modification time.
 */
final class CredentialsAssembler {
    private static final Logger LOG = LoggerFactory.getLogger(CredentialsAssembler.class);

    private final SecretPolicy policy;
    private final SecretFileReader files;
    private final PrivateKeyDecoder keyDecoder;

    CredentialsAssembler(SecretPolicy policy, SecretFileReader files, PrivateKeyDecoder keyDecoder) {
        this.policy = policy;
        this.files = files;
        this.keyDecoder = keyDecoder;
    }

    /** The decoder signet-keys provides, or one that explains how to get it. */
    static PrivateKeyDecoder discoveredKeyDecoder() {
        return ServiceLoader.load(PrivateKeyDecoder.class, CredentialsAssembler.class.getClassLoader()).findFirst()
                .orElse((content, passphrase) -> {
                    throw new CredentialsException("reading private-key files needs the dependency dev.signet:signet-keys");
                });
    }

    Credentials assemble(CredentialSource source) {
        Optional<RawValue> apiKey = source.find(Field.API_KEY);
        Optional<RawValue> secret = source.find(Field.API_SECRET);
        Optional<RawValue> keyFile = source.find(Field.PRIVATE_KEY_FILE);
        Optional<RawValue> keyUri = source.find(Field.PRIVATE_KEY_URI);
        if (apiKey.isEmpty() && secret.isEmpty() && keyFile.isEmpty() && keyUri.isEmpty()) {
            throw new SourceNotConfiguredException(source.description() + ": " + source.nameOf(Field.API_KEY) + " is not set");
        }
        try {
            if (apiKey.isEmpty()) {
                throw new CredentialsException(source.description() + ": " + source.nameOf(Field.API_KEY)
                        + " is not set, but a secret or key is; set the API key too");
            }
            List<String> set = Stream.of(Field.API_SECRET, Field.PRIVATE_KEY_FILE, Field.PRIVATE_KEY_URI)
                    .filter(f -> (f == Field.API_SECRET ? secret : f == Field.PRIVATE_KEY_FILE ? keyFile : keyUri).isPresent())
                    .map(source::nameOf).toList();
            if (set.size() > 1) {
                throw new CredentialsException(source.description() + ": " + (set.size() == 2 ? "both " : "") + String.join(" and ", set)
                        + " are set; an API key has one of them, unset the other" + (set.size() == 2 ? "" : "s"));
            }
            if (set.isEmpty()) {
                throw new CredentialsException(source.description() + ": set " + source.nameOf(Field.API_SECRET) + " (HMAC), "
                        + source.nameOf(Field.PRIVATE_KEY_FILE) + " (Ed25519/RSA) or " + source.nameOf(Field.PRIVATE_KEY_URI)
                        + " (a key in a PKCS#11 token)");
            }
            ApiKey key = policy.admitApiKey(apiKey.get().bytes().clone(), apiKey.get().origin());
            RawValue material = secret.or(() -> keyFile).orElseGet(keyUri::get);
            NamedFile file = keyFile.isEmpty() ? null
                    : NamedFile.namedBy(material.origin(), new String(material.bytes(), StandardCharsets.UTF_8));
            SigningKey signingKey = secret.isPresent() ? SigningKey.hmacSha256(policy.admit(material.bytes().clone(), material.origin()))
                    : file != null ? privateKey(source, file) : uriKey(source, material);
            Credentials credentials;
            try {
                Instant modified = secret.isPresent() ? material.modified() : file != null ? files.modified(file) : null;
                Instant created = created(source).orElse(modified);
                String origin = secret.isPresent() ? material.origin() : file != null ? "key file named by " + material.origin()
                        : signingKey.holder().orElse("key") + ", named by " + material.origin();
                credentials = new Credentials(key, signingKey, new CredentialMetadata(origin, created, signingKey.fingerprint()));
            } catch (RuntimeException e) {
                signingKey.close();
                throw e;
            }
            LOG.debug("credentials from {} ({} {})", material.origin(), signingKey.algorithm(), signingKey.fingerprint());
            return credentials;
        } finally {
            wipe(apiKey);
            wipe(secret);
            wipe(keyFile);
            wipe(keyUri);
        }
    }

    /**
     * The key a URI names ({@code pkcs11:…}), opened by the {@link KeyUriResolver} for its scheme with the source's PIN
     * and library. The URI itself is not a secret (a PIN in it is refused), but it is never echoed whole.
     */
    private static SigningKey uriKey(CredentialSource source, RawValue uri) {
        String text = new String(uri.bytes(), StandardCharsets.UTF_8);
        int colon = text.indexOf(':');
        String scheme = colon > 0 ? text.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        if (!"pkcs11".equals(scheme)) {
            throw new CredentialsException(uri.origin() + " must be a pkcs11: URI (RFC 7512), like pkcs11:token=bot;object=binance-ed25519");
        }
        Optional<RawValue> pin = source.find(Field.PKCS11_PIN);
        Optional<RawValue> library = source.find(Field.PKCS11_MODULE);
        char[] chars = pin.map(CredentialsAssembler::utf8Chars).orElse(null);
        try {
            KeyUriResolver resolver = ServiceLoader.load(KeyUriResolver.class, CredentialsAssembler.class.getClassLoader()).stream()
                    .map(ServiceLoader.Provider::get).filter(r -> scheme.equals(r.scheme())).findFirst()
                    .orElseThrow(() -> new CredentialsException(uri.origin() + " names a key in a PKCS#11 token; reading it needs the "
                            + "dependency dev.signet:signet-pkcs11"));
            return resolver.resolve(text, chars, library.map(l -> new String(l.bytes(), StandardCharsets.UTF_8)).orElse(null));
        } catch (CredentialsException e) {
            if (e.getMessage().startsWith(uri.origin())) {
                throw e;
            }
            throw new CredentialsException(uri.origin() + (pin.isPresent() ? " (PIN from " + pin.get().origin() + ")" : "") + ": "
                    + e.getMessage());
        } finally {
            if (chars != null) {
                Arrays.fill(chars, '\0');
            }
            wipe(pin);
            wipe(library);
        }
    }

    private SigningKey privateKey(CredentialSource source, NamedFile file) {
        byte[] content = files.readKeyFile(file);
        Optional<RawValue> passphrase = Optional.empty();
        char[] chars = null;
        try {
            passphrase = source.find(Field.PRIVATE_KEY_PASSPHRASE);
            chars = passphrase.map(CredentialsAssembler::utf8Chars).orElse(null);
            return keyDecoder.decode(content, chars);
        } finally {
            Arrays.fill(content, (byte) 0);
            if (chars != null) {
                Arrays.fill(chars, '\0');
            }
            wipe(passphrase);
        }
    }

    private static Optional<Instant> created(CredentialSource source) {
        return source.find(Field.KEY_CREATED).map(v -> {
            String text = new String(v.bytes(), StandardCharsets.UTF_8).strip();
            Instant created;
            try {
                created = text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new CredentialsException(v.origin() + " is not a date like 2026-01-31 or an instant like 2026-01-31T12:00:00Z");
            }
            if (created.isAfter(Instant.now().plus(Duration.ofDays(1)))) { // a typo (2062 for 2026) would turn off every age check
                throw new CredentialsException(v.origin() + " is a date in the future; give the day the key was created");
            }
            return created;
        });
    }

    /** A passphrase or PIN as characters; the caller wipes them. */
    private static char[] utf8Chars(RawValue value) {
        try {
            return SecretUtf8.decode(value.bytes());
        } catch (CharacterCodingException e) {
            throw new CredentialsException("the value from " + value.origin() + " is not valid UTF-8");
        }
    }

    private static void wipe(Optional<RawValue> value) {
        value.ifPresent(v -> Arrays.fill(v.bytes(), (byte) 0));
    }
}
