package dev.signet.keys.internal;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The one BouncyCastle provider instance Signet uses; never installed globally with {@code Security.addProvider}. */
final class Bc {
    static final Provider PROVIDER = new BouncyCastleProvider();

    private Bc() {}
}
