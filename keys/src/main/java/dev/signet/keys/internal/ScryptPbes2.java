package dev.signet.keys.internal;

import dev.signet.core.KeyFormatException;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.misc.MiscObjectIdentifiers;
import org.bouncycastle.asn1.misc.ScryptParams;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.generators.SCrypt;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/** PBES2 with the scrypt KDF and AES-CBC ({@code openssl pkcs8 -topk8 -scrypt}), which BouncyCastle's PEM layer lacks. */
final class ScryptPbes2 {
    private static final String FORMAT = "encrypted PKCS#8 (PBES2/scrypt)";

    private ScryptPbes2() {}

    static boolean isScrypt(AlgorithmIdentifier scheme) {
        return PKCSObjectIdentifiers.id_PBES2.equals(scheme.getAlgorithm())
                && MiscObjectIdentifiers.id_scrypt.equals(PBES2Parameters.getInstance(scheme.getParameters()).getKeyDerivationFunc().getAlgorithm());
    }

    static PrivateKeyInfo decrypt(PKCS8EncryptedPrivateKeyInfo encrypted, char[] passphrase) {
        PBES2Parameters pbes2 = PBES2Parameters.getInstance(encrypted.getEncryptionAlgorithm().getParameters());
        ScryptParams scrypt = ScryptParams.getInstance(pbes2.getKeyDerivationFunc().getParameters());
        AlgorithmIdentifier cipher = AlgorithmIdentifier.getInstance(pbes2.getEncryptionScheme());
        int keyBytes = keyLength(cipher);
        KdfLimits.scrypt(scrypt.getCostParameter(), scrypt.getBlockSize(), scrypt.getParallelizationParameter(), FORMAT);
        byte[] password = Wipe.utf8(passphrase);
        byte[] key = null;
        byte[] plain = null;
        try {
            key = SCrypt.generate(password, scrypt.getSalt(), scrypt.getCostParameter().intValueExact(),
                    scrypt.getBlockSize().intValueExact(), scrypt.getParallelizationParameter().intValueExact(), keyBytes);
            Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new IvParameterSpec(ASN1OctetString.getInstance(cipher.getParameters()).getOctets()));
            plain = aes.doFinal(encrypted.getEncryptedData());
            return PrivateKeyInfo.getInstance(plain);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new KeyFormatException(FORMAT + ": cannot decrypt: wrong passphrase, or the file is corrupt");
        } finally {
            Arrays.fill(password, (byte) 0);
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    private static int keyLength(AlgorithmIdentifier cipher) {
        if (NISTObjectIdentifiers.id_aes256_CBC.equals(cipher.getAlgorithm())) {
            return 32;
        }
        if (NISTObjectIdentifiers.id_aes192_CBC.equals(cipher.getAlgorithm())) {
            return 24;
        }
        if (NISTObjectIdentifiers.id_aes128_CBC.equals(cipher.getAlgorithm())) {
            return 16;
        }
        throw new KeyFormatException(FORMAT + ": unsupported cipher " + cipher.getAlgorithm().getId() + "; use aes-256-cbc");
    }
}
