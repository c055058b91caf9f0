/** HMAC-SHA256 signing, found by {@link dev.signet.core.Signers} through the {@link dev.signet.spi.SignerFactory} SPI. */
module dev.signet.signing.hmac {
    requires transitive dev.signet.core;

    exports dev.signet.signing.hmac;

    provides dev.signet.spi.SignerFactory with dev.signet.signing.hmac.internal.HmacSignerFactory;
}
