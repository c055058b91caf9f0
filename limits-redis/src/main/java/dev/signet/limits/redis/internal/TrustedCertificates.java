package dev.signet.limits.redis.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import redis.clients.jedis.SslOptions;
import redis.clients.jedis.SslVerifyMode;

/**
 * Jedis TLS options that verify the server's certificate chain and that it names the host connected to: against the
 * JDK's trusted CAs, or only against the CA certificates of one PEM file.
 *
 * <pre>{@code DefaultJedisClientConfig.builder().sslOptions(TrustedCertificates.only(Path.of("/etc/bot/redis-ca.pem")))}</pre>
 */
public final class TrustedCertificates {
    private TrustedCertificates() {}

    /** Trusts the JDK's CAs. */
    public static SslOptions system() {
        return SslOptions.builder().sslVerifyMode(SslVerifyMode.FULL).build();
    }

    /**
     * Trusts only the certificates in {@code pem}.
     *
     * @throws IllegalArgumentException naming {@code pem} if it holds no certificate or cannot be read
     */
    public static SslOptions only(Path pem) {
        byte[] store = truststore(pem);
        return SslOptions.builder().trustStoreType("PKCS12").truststore(() -> new ByteArrayInputStream(store), new char[0])
                .sslVerifyMode(SslVerifyMode.FULL).build();
    }

    private static byte[] truststore(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException(pem + " holds no certificate; give the PEM file of the CA that signed the Redis "
                        + "server's certificate");
            }
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            int n = 0;
            for (Certificate certificate : certificates) {
                trusted.setCertificateEntry("ca-" + n++, certificate);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            trusted.store(out, new char[0]);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the CA certificates in " + pem + ": " + e.getMessage(), e);
        }
    }
}
