/**
 * Signet core: secrets, credentials and their providers, the signer SPI and the secret policy.
 *
 * <p>Signer implementations live in their own modules and are found with {@link java.util.ServiceLoader}
 * through {@link dev.signet.core.Signers}.
 */
module dev.signet.core {
    requires transitive org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires static java.net.http;

    exports dev.signet.core;
    exports dev.signet.credentials;
    exports dev.signet.spi;
    exports dev.signet.scan;

    uses dev.signet.spi.SignerFactory;
    uses dev.signet.spi.PrivateKeyDecoder;
}
