package dev.signet.spring.internal;

import java.util.regex.Pattern;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks secrets in {@code /actuator/env} and {@code /actuator/configprops} even where an application shows values
 * ({@code management.endpoint.env.show-values=always}): Signet reads secrets from system properties and the
 * environment ({@code binance.api.secret}, {@code BINANCE_API_SECRET}, a PIN, a passphrase, the Redis password), and
 * Actuator would otherwise print them. Names of files ({@code …_FILE}, {@code …-file}) stay visible.
 */
public final class SecretSanitizer implements SanitizingFunction {
    private static final Pattern SECRET = Pattern.compile("secret|passphrase|password|(^|[._-])pin($|[._-])", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE = Pattern.compile("[._-]file$", Pattern.CASE_INSENSITIVE);

    @Override
    public SanitizableData apply(SanitizableData data) {
        String key = data.getKey();
        return key != null && SECRET.matcher(key).find() && !FILE.matcher(key).find() ? data.withSanitizedValue() : data;
    }
}
