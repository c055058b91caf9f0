package dev.signet.testkit;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throwaway self-signed certificate for loopback https: made in memory when created (EC P-256, valid for a day,
 * for {@code localhost}, {@code 127.0.0.1}, {@code 127.0.0.2} and {@code ::1}), so an https {@link MockExchange}
 * needs no files. Clients trust exactly this certificate through {@link #clientContext()}.
 *
 * <pre>{@code LoopbackTls tls = LoopbackTls.create();
 * MockExchange secure = MockExchange.builder().https(tls).start();
 * HttpClient client = HttpClient.newBuilder().sslContext(tls.clientContext()).build();}</pre>
 */
public final class LoopbackTls {
    private static final char[] STORE_PASSWORD = "in-memory".toCharArray();
    private final SSLContext server;
    private final SSLContext client;
    private final X509TrustManager trustManager;

    private LoopbackTls(SSLContext server, SSLContext client, X509TrustManager trustManager) {
        this.server = server;
        this.client = client;
        this.trustManager = trustManager;
    }

    /** A new key pair and certificate. */
    public static LoopbackTls create() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X509Certificate certificate = selfSigned(pair);

            KeyStore identity = KeyStore.getInstance("PKCS12");
            identity.load(null, null);
            identity.setKeyEntry("loopback", pair.getPrivate(), STORE_PASSWORD, new X509Certificate[] {certificate});
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(identity, STORE_PASSWORD);
            SSLContext server = SSLContext.getInstance("TLS");
            server.init(keys.getKeyManagers(), null, null);

            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("loopback", certificate);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            X509TrustManager trustManager = x509(trust.getTrustManagers());
            SSLContext client = SSLContext.getInstance("TLS");
            client.init(null, new TrustManager[] {trustManager}, null);
            return new LoopbackTls(server, client, trustManager);
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("cannot make a loopback certificate: " + e.getMessage(), e);
        }
    }

    private static X509Certificate selfSigned(KeyPair pair) throws OperatorCreationException, GeneralSecurityException,
            java.io.IOException {
        X500Name name = new X500Name("CN=localhost");
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(1))), name, pair.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.dNSName, "localhost"), new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
            new GeneralName(GeneralName.iPAddress, "127.0.0.2"), new GeneralName(GeneralName.iPAddress, "::1")}));
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA")
                .build(pair.getPrivate())));
    }

    private static X509TrustManager x509(TrustManager[] managers) {
        for (TrustManager manager : managers) {
            if (manager instanceof X509TrustManager) {
                return (X509TrustManager) manager;
            }
        }
        throw new IllegalStateException("the platform's TrustManagerFactory made no X509TrustManager");
    }

    /** The server side: this certificate and its key. */
    public SSLContext serverContext() {
        return server;
    }

    /** A client context that trusts this certificate and nothing else. */
    public SSLContext clientContext() {
        return client;
    }

    /** The trust manager behind {@link #clientContext()} (OkHttp takes it with the socket factory). */
    public X509TrustManager trustManager() {
        return trustManager;
    }
}
