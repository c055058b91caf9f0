/**
 * Private-key reading (PEM PKCS#8 plain and encrypted, PKCS#1, DER, OpenSSH), key generation, public-key export.
 * Provides the {@link dev.signet.spi.PrivateKeyDecoder} the credentials providers use for key files.
 */
module dev.signet.keys {
    requires transitive dev.signet.core;
    requires org.slf4j;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;

    exports dev.signet.keys;

    provides dev.signet.spi.PrivateKeyDecoder with dev.signet.keys.internal.BouncyCastleKeyDecoder;
}
