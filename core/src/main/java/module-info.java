/**
 * Signet core: secrets, credentials and their providers, the signer SPI and the secret policy.
 *
 * <p>Signer implementations live in their own modules and are found with {@link java.util.ServiceLoader}
 * through {@link dev.signet.core.Signers}. Jackson is optional: only profile files need it.
 */
module dev.signet.core {
    requires org.slf4j;
    requires static com.fasterxml.jackson.databind;

    exports dev.signet.core;
    exports dev.signet.credentials;
    exports dev.signet.spi;
    exports dev.signet.core.internal to dev.signet.scan, dev.signet.pkcs11;

    uses dev.signet.spi.SignerFactory;
    uses dev.signet.spi.PrivateKeyDecoder;
    uses dev.signet.spi.KeyUriResolver;
}
