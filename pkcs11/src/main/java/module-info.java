/**
 * Keys that never leave a PKCS#11 token: {@code pkcs11:} URIs (RFC 7512), key generation inside the token, and the
 * {@link dev.signet.spi.KeyUriResolver} behind {@code P_PRIVATE_KEY_URI}. Uses ipkcs11wrapper (the JDK's SunPKCS11
 * has no EdDSA).
 */
module dev.signet.pkcs11 {
    requires transitive dev.signet.core;
    requires org.slf4j;
    requires ipkcs11wrapper;

    exports dev.signet.pkcs11;

    provides dev.signet.spi.KeyUriResolver with dev.signet.pkcs11.internal.Pkcs11KeyUriResolver;
}
