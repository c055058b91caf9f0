package dev.signet.spring.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Refuses secrets written into Spring configuration (application.yml, profiles, config servers, command-line
 * arguments, test properties): configuration is committed, printed by tools and served by {@code /actuator/env}.
 * Under {@code signet.*} and under the credentials prefix's system-property names ({@code binance.api.secret} for
 * {@code BINANCE}) it refuses any setting whose name says it holds a secret ({@code signet.api-secret},
 * {@code signet.credentials.secret}, {@code signet.private-key}, …) and any value that looks like one (a PEM block, a
 * long high-entropy token), naming the property and its origin, never the value. The process environment and system
 * properties are not Spring configuration here: they are Signet's own sources ({@code SIGNET_API_SECRET} is read by
 * Signet, and Spring merely mirrors it as {@code signet.api-secret}).
 *
 * <pre>{@code ConfigurationSecrets.refuseIn(environment, "BINANCE");}</pre>
 */
public final class ConfigurationSecrets {
    private static final ConfigurationPropertyName SIGNET = ConfigurationPropertyName.of("signet");
    private static final Set<String> SIGNETS_OWN_SOURCES = Set.of(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
            StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    private static final Pattern SECRET_NAME = Pattern.compile("secret|passphrase|password|(^|-)pin($|-)|private-?key|token|api-?key|credential");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9+/=_-]{24,}");
    private static final int TOKEN_ENTROPY_BITS = 100;

    private ConfigurationSecrets() {}

    /**
     * Throws if a secret is set under {@code signet.*} in Spring configuration.
     *
     * @param prefix the credentials prefix, to name the variables where the secret belongs
     * @throws SecretInConfigurationException naming the first such property and its origin
     */
    public static void refuseIn(ConfigurableEnvironment environment, String prefix) {
        ConfigurationPropertyName sourceNames = sourceNames(prefix);
        for (ConfigurationPropertySource source : ConfigurationPropertySources.from(environment.getPropertySources())) {
            if (source instanceof IterableConfigurationPropertySource iterable && !isSignetsOwn(source)) {
                iterable.stream().filter(name -> SIGNET.isAncestorOf(name) || sourceNames != null && sourceNames.isAncestorOf(name))
                        .forEach(name -> check(iterable.getConfigurationProperty(name), prefix));
            }
        }
    }

    /**
     * {@code binance} for the prefix {@code BINANCE}: Signet reads {@code binance.api.secret} and its siblings as system
     * properties, so the same names written into Spring configuration are a secret where Signet would never read it.
     */
    private static ConfigurationPropertyName sourceNames(String prefix) {
        String name = (prefix == null ? "SIGNET" : prefix).toLowerCase(Locale.ROOT).replace('_', '.');
        return ConfigurationPropertyName.isValid(name) ? ConfigurationPropertyName.of(name) : null;
    }

    private static boolean isSignetsOwn(ConfigurationPropertySource source) {
        return source.getUnderlyingSource() instanceof PropertySource<?> underlying && (SIGNETS_OWN_SOURCES.contains(underlying.getName())
                || ConfigurationPropertySources.isAttachedConfigurationPropertySource(underlying));
    }

    private static void check(ConfigurationProperty property, String prefix) {
        if (property == null) {
            return;
        }
        String setting = settingName(property.getName());
        boolean namesSecret = SECRET_NAME.matcher(setting).find() && !setting.endsWith("-file");
        Object value = property.getValue();
        String text = value == null ? "" : value.toString();
        boolean holdsPath = setting.endsWith("-file") || setting.equals("watch");
        if (namesSecret || looksLikeKey(text) || text.toLowerCase(Locale.ROOT).contains("pin-value") || !holdsPath && looksLikeToken(text)) {
            String where = property.getOrigin() == null ? "Spring configuration" : Quoting.escape(property.getOrigin().toString());
            throw new SecretInConfigurationException(Quoting.escape(property.getName().toString()) + " is set in " + where
                    + (namesSecret ? " and would hold a secret" : " and its value looks like a secret or key")
                    + ": Signet never takes secrets from Spring configuration, which is committed, logged and served by "
                    + "/actuator/env. Remove it, and rotate the secret if this file was ever committed or shared.",
                    advice(setting, prefix));
        }
    }

    /** The last named element: {@code api-secret} for {@code signet.credentials.api-secret} and for {@code signet.api-secret[0]}. */
    private static String settingName(ConfigurationPropertyName name) {
        for (int i = name.getNumberOfElements() - 1; i > 0; i--) {
            if (!name.isNumericIndex(i)) {
                return name.getElement(i, ConfigurationPropertyName.Form.DASHED).toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    private static String advice(String setting, String prefix) {
        String p = prefix == null ? "SIGNET" : prefix.toUpperCase(Locale.ROOT);
        if (setting.matches("(.*-)?pin(-.*)?") || setting.equals("key-uri")) {
            return "Put the PKCS#11 PIN in a file only this user can read (chmod 600) and set signet.credentials.pkcs11-pin-file "
                    + "(or a pin-source in the key URI), or set " + p + "_PKCS11_PIN_FILE in the environment.";
        }
        if (setting.contains("passphrase") || setting.contains("password")) {
            return "Put the passphrase in a file only this user can read (chmod 600) and set signet.credentials.passphrase-file, "
                    + "or set " + p + "_PRIVATE_KEY_PASSPHRASE_FILE in the environment.";
        }
        if (setting.contains("private")) {
            return "Keep the private key in a file only this user can read (chmod 600) and set signet.credentials.private-key-file, "
                    + "or set " + p + "_PRIVATE_KEY_FILE in the environment.";
        }
        if (setting.matches("api-?key")) {
            return "Put the API key in a file and set signet.credentials.api-key-file, or set " + p + "_API_KEY in the environment, "
                    + "beside its secret.";
        }
        return "Put the secret in a file only this user can read (chmod 600) and set signet.credentials.api-secret-file, or set "
                + p + "_API_SECRET_FILE (or " + p + "_API_SECRET) in the environment, e.g. from a Kubernetes or Docker secret.";
    }

    private static boolean looksLikeKey(String value) {
        return value.contains("-----BEGIN") || value.contains("PRIVATE KEY") || value.startsWith("openssh-key-v1");
    }

    /** A single long token of base64/hex characters, with letters and digits and high entropy: an API secret's shape. */
    private static boolean looksLikeToken(String value) {
        return TOKEN.matcher(value).matches() && value.chars().anyMatch(Character::isDigit) && value.chars().anyMatch(Character::isLetter)
                && entropyBits(value) >= TOKEN_ENTROPY_BITS;
    }

    private static double entropyBits(String value) {
        int[] counts = new int[128];
        value.chars().forEach(c -> counts[c]++);
        double perChar = 0;
        for (int count : counts) {
            if (count > 0) {
                double p = (double) count / value.length();
                perChar -= p * Math.log(p) / Math.log(2);
            }
        }
        return perChar * value.length();
    }
}
