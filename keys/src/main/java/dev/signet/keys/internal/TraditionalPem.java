package dev.signet.keys.internal;

import dev.signet.core.KeyFormatException;
import java.util.Map;
import java.util.regex.Pattern;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.util.encoders.Hex;

/** OpenSSL's traditional {@code BEGIN RSA PRIVATE KEY} (PKCS#1), plain or with {@code Proc-Type: 4,ENCRYPTED}. */
public final class TraditionalPem {
    private static final String FORMAT = "PEM PKCS#1 (BEGIN RSA PRIVATE KEY)";
    /** The DEK-Info ciphers BouncyCastle decrypts; anything else would fail as if the passphrase were wrong. */
    private static final Pattern SUPPORTED = Pattern.compile("(AES-(128|192|256)|DES-EDE3|DES|BF|SM4|RC2(-40|-64)?)-(CBC|ECB|CFB|OFB)"
            + "|DES-EDE3?");

    private TraditionalPem() {}

    /** The PKCS#1 DER, decrypted when the headers say so; the caller wipes it. */
    public static byte[] pkcs1Der(Map<String, String> headers, byte[] der, char[] passphrase) {
        String procType = headers.getOrDefault("Proc-Type", "");
        if (!procType.contains("ENCRYPTED")) {
            NoPassphrase.require(passphrase, FORMAT, Pkcs8Encryption.REENCRYPT);
            return der;
        }
        if (passphrase == null || passphrase.length == 0) {
            throw new KeyFormatException("encrypted " + FORMAT + ": the key is encrypted; give its passphrase "
                    + "(P_PRIVATE_KEY_PASSPHRASE, or --passphrase-env NAME on the command line)");
        }
        String[] dek = headers.getOrDefault("DEK-Info", "").split(",");
        if (dek.length != 2) {
            throw new KeyFormatException("encrypted " + FORMAT + ": the DEK-Info header is missing or malformed");
        }
        if (!SUPPORTED.matcher(dek[0].strip()).matches()) {
            throw new KeyFormatException("encrypted " + FORMAT + ": unsupported encryption " + Quoted.text(dek[0].strip())
                    + "; convert it to encrypted PKCS#8 with: " + Pkcs8Encryption.REENCRYPT);
        }
        try {
            return new JcePEMDecryptorProviderBuilder().setProvider(Bc.PROVIDER).build(passphrase).get(dek[0].strip())
                    .decrypt(der, Hex.decode(dek[1].strip()));
        } catch (Exception e) {
            throw new KeyFormatException("encrypted " + FORMAT + " (" + Quoted.text(dek[0].strip())
                    + "): cannot decrypt: wrong passphrase, or the file is corrupt");
        }
    }
}
