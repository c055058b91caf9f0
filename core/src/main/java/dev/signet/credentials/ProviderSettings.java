package dev.signet.credentials;

import dev.signet.core.SecretPolicy;
import dev.signet.spi.PrivateKeyDecoder;
import java.util.Locale;
import java.util.Objects;

/**
 * What every provider builder configures: the name prefix, the environment, the secret policy, the file rules
 * and the private-key decoder. Defaults: prefix {@code SIGNET}, the real environment, {@link SecretPolicy#defaults()},
 * files owned by the current user, the decoder from {@code signet-keys}.
 *
 * @param <B> the concrete builder
 */
public abstract class ProviderSettings<B extends ProviderSettings<B>> {
    /** The default prefix: {@code SIGNET_API_KEY}, … */
    public static final String DEFAULT_PREFIX = "SIGNET";

    String prefix = DEFAULT_PREFIX;
    Environment environment = Environment.system();
    SecretPolicy policy = SecretPolicy.defaults();
    SecretFileReader files = SecretFileReader.create();
    PrivateKeyDecoder keyDecoder;

    ProviderSettings() {}

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** Names start with this prefix, e.g. {@code BINANCE} for {@code BINANCE_API_KEY}. */
    public B prefix(String prefix) {
        if (!prefix.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("prefix must be letters, digits and underscores, like BINANCE");
        }
        this.prefix = prefix.toUpperCase(Locale.ROOT);
        return self();
    }

    /** Where variables and properties come from. */
    public B environment(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
        return self();
    }

    /** The policy applied to secrets and API keys. */
    public B secretPolicy(SecretPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        return self();
    }

    /** The rules secret and key files must pass. */
    public B fileReader(SecretFileReader files) {
        this.files = Objects.requireNonNull(files, "files");
        return self();
    }

    /** Decodes private-key files (default: the one {@code signet-keys} provides). */
    public B keyDecoder(PrivateKeyDecoder decoder) {
        this.keyDecoder = Objects.requireNonNull(decoder, "decoder");
        return self();
    }

    /** Takes every setting from {@code other}. */
    B copy(ProviderSettings<?> other) {
        this.prefix = other.prefix;
        this.environment = other.environment;
        this.policy = other.policy;
        this.files = other.files;
        this.keyDecoder = other.keyDecoder;
        return self();
    }

    CredentialsAssembler assembler() {
        return new CredentialsAssembler(policy, files, keyDecoder != null ? keyDecoder : CredentialsAssembler.discoveredKeyDecoder());
    }

    NamedValueSource environmentSource() {
        return new NamedValueSource("environment variable", f -> f.variable(prefix), environment::variable, "_FILE", files);
    }

    NamedValueSource propertySource() {
        return new NamedValueSource("system property", f -> f.property(prefix), environment::property, ".file", files);
    }
}
