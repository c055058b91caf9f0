package dev.signet.pkcs11.internal;

import dev.signet.core.SigningKey;
import dev.signet.pkcs11.Pkcs11Keys;
import dev.signet.pkcs11.Pkcs11Uri;
import dev.signet.spi.KeyUriResolver;
import java.nio.file.Path;

/** Serves {@code pkcs11:} URIs ({@code P_PRIVATE_KEY_URI}) to core's credentials providers. */
public final class Pkcs11KeyUriResolver implements KeyUriResolver {
    @Override
    public String scheme() {
        return "pkcs11";
    }

    @Override
    public SigningKey resolve(String uri, char[] pin, String defaultLibrary) {
        return KeyOpener.open(Pkcs11Uri.parse(uri), pin, "the source's PKCS11_PIN", defaultLibrary == null ? null : Path.of(defaultLibrary),
                Pkcs11Keys.DEFAULT_SESSIONS);
    }
}
