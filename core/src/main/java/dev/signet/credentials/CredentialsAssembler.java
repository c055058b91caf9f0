package dev.signet.credentials;

import dev.signet.core.ApiKey;
import dev.signet.core.CredentialMetadata;
import dev.signet.core.Credentials;
import dev.signet.core.CredentialsException;
import dev.signet.core.SecretPolicy;
import dev.signet.core.SigningKey;
import dev.signet.core.internal.SecretUtf8;
import dev.signet.spi.PrivateKeyDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds {@link Credentials} from a {@link CredentialSource}: API key plus either an HMAC secret or a private-key
 * file (with optional passphrase), the secret policy applied, the key's age taken from {@code P_KEY_CREATED} or
 * the file's modification time.
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
        if (apiKey.isEmpty() && secret.isEmpty() && keyFile.isEmpty()) {
            throw new SourceNotConfiguredException(source.description() + ": " + source.nameOf(Field.API_KEY) + " is not set");
        }
        try {
            if (apiKey.isEmpty()) {
                throw new CredentialsException(source.description() + ": " + source.nameOf(Field.API_KEY)
                        + " is not set, but a secret or key is; set the API key too");
            }
            if (secret.isPresent() && keyFile.isPresent()) {
                throw new CredentialsException(source.description() + ": both " + source.nameOf(Field.API_SECRET) + " and "
                        + source.nameOf(Field.PRIVATE_KEY_FILE) + " are set; an API key has one of them, unset the other");
            }
            if (secret.isEmpty() && keyFile.isEmpty()) {
                throw new CredentialsException(source.description() + ": set " + source.nameOf(Field.API_SECRET) + " (HMAC) or "
                        + source.nameOf(Field.PRIVATE_KEY_FILE) + " (Ed25519/RSA)");
            }
            ApiKey key = policy.admitApiKey(apiKey.get().bytes().clone(), apiKey.get().origin());
            RawValue material = secret.isPresent() ? secret.get() : keyFile.get();
            NamedFile file = secret.isPresent() ? null
                    : NamedFile.namedBy(material.origin(), new String(material.bytes(), StandardCharsets.UTF_8));
            SigningKey signingKey = secret.isPresent() ? SigningKey.hmacSha256(policy.admit(material.bytes().clone(), material.origin()))
                    : privateKey(source, file);
            Credentials credentials;
            try {
                Instant modified = secret.isPresent() ? material.modified() : files.modified(file);
                Instant created = created(source).orElse(modified);
                String origin = secret.isPresent() ? material.origin() : "key file named by " + material.origin();
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
            try {
                return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new CredentialsException(v.origin() + " is not a date like 2026-01-31 or an instant like 2026-01-31T12:00:00Z");
            }
        });
    }

    private static char[] utf8Chars(RawValue passphrase) {
        try {
            return SecretUtf8.decode(passphrase.bytes());
        } catch (CharacterCodingException e) {
            throw new CredentialsException("the passphrase from " + passphrase.origin() + " is not valid UTF-8");
        }
    }

    private static void wipe(Optional<RawValue> value) {
        value.ifPresent(v -> Arrays.fill(v.bytes(), (byte) 0));
    }
}
