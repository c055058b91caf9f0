package dev.signet.keys.internal;

import dev.signet.core.SigningKey;
import dev.signet.keys.PrivateKeyParser;
import dev.signet.spi.PrivateKeyDecoder;

/** Serves {@link PrivateKeyParser} to the credentials providers in core. */
public final class BouncyCastleKeyDecoder implements PrivateKeyDecoder {
    @Override
    public SigningKey decode(byte[] content, char[] passphrase) {
        return PrivateKeyParser.parse(content, passphrase);
    }
}
