package dev.signet.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/** An RSA private key (as BouncyCastle's ASN.1 object) written in each container the parser reads. */
final class Pkcs1 {
    private Pkcs1() {}

    static byte[] der(RSAPrivateKey key) {
        try {
            return key.getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pkcs8Der(RSAPrivateKey key) {
        try {
            return new PrivateKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE), key).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pem(RSAPrivateKey key) {
        return armour("RSA PRIVATE KEY", der(key));
    }

    static byte[] pkcs8Pem(RSAPrivateKey key) {
        return armour("PRIVATE KEY", pkcs8Der(key));
    }

    private static byte[] armour(String label, byte[] der) {
        return ("-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder().encodeToString(der) // signet:allow built in the test
                + "\n-----END " + label + "-----\n").getBytes(StandardCharsets.US_ASCII);
    }
}
