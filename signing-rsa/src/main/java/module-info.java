/** RSASSA-PKCS1-v1_5 with SHA-256, found through the {@link dev.signet.spi.SignerFactory} SPI; 2048-bit minimum. */
module dev.signet.signing.rsa {
    requires transitive dev.signet.core;

    exports dev.signet.signing.rsa;

    provides dev.signet.spi.SignerFactory with dev.signet.signing.rsa.internal.RsaSignerFactory;
}
