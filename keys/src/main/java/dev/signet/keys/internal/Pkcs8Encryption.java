package dev.signet.keys.internal;

import dev.signet.core.KeyFormatException;
import java.io.IOException;
import java.util.Arrays;
import org.bouncycastle.asn1.misc.MiscObjectIdentifiers;
import org.bouncycastle.asn1.misc.ScryptParams;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBEParameter;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.InputDecryptor;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.util.io.pem.PemObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Encrypted PKCS#8: PBES2 (PBKDF2 or scrypt) to read and write, legacy PBES1 read with a warning. */
public final class Pkcs8Encryption {
    /** PBKDF2-HMAC-SHA256 iterations for keys Signet writes (OWASP 2023 guidance). */
    public static final int ITERATIONS = 600_000;
    private static final Logger LOG = LoggerFactory.getLogger(Pkcs8Encryption.class);
    private static final String FORMAT = "encrypted PKCS#8";
    /** The command that writes a key file as encrypted PKCS#8 that Signet reads, asking for the passphrase. */
    public static final String REENCRYPT = "openssl pkcs8 -topk8 -v2 aes-256-cbc -v2prf hmacWithSHA256 -in old.pem -out new.pem";

    private Pkcs8Encryption() {}

    /**
     * Decrypts an {@code EncryptedPrivateKeyInfo} with BouncyCastle, after checking the key-derivation cost it asks for.
     *
     * @param maxKdfMemory the most memory, in bytes, the key derivation may need
     */
    public static PrivateKeyInfo decrypt(byte[] der, char[] passphrase, long maxKdfMemory) {
        if (passphrase == null || passphrase.length == 0) {
            throw new KeyFormatException(FORMAT + ": the key is encrypted; give its passphrase "
                    + "(P_PRIVATE_KEY_PASSPHRASE, or --passphrase-env NAME on the command line)");
        }
        PKCS8EncryptedPrivateKeyInfo encrypted;
        try {
            encrypted = new PKCS8EncryptedPrivateKeyInfo(EncryptedPrivateKeyInfo.getInstance(der));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new KeyFormatException(FORMAT + ": the structure is malformed or truncated");
        }
        AlgorithmIdentifier scheme = encrypted.getEncryptionAlgorithm();
        checkCost(scheme, maxKdfMemory);
        char[] password = takesLow8Bits(scheme) ? utf8AsChars(passphrase) : passphrase;
        InputDecryptor decryptor;
        try {
            // derives the key: the cost was bounded above
            decryptor = new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(Bc.PROVIDER).build(password).get(scheme);
        } catch (OperatorCreationException | RuntimeException e) {
            throw new KeyFormatException(FORMAT + ": the encryption scheme (" + scheme.getAlgorithm().getId() + ") is not "
                    + "supported or its parameters are malformed; re-encrypt it: " + REENCRYPT);
        } finally {
            if (password != passphrase) {
                Arrays.fill(password, '\0');
            }
        }
        try {
            return encrypted.decryptPrivateKeyInfo(algorithm -> decryptor);
        } catch (PKCSException | RuntimeException e) {
            throw new KeyFormatException(FORMAT + ": cannot decrypt: wrong passphrase, or the file is corrupt");
        }
    }

    /**
     * Whether BouncyCastle turns the passphrase into bytes by dropping each char's high byte: for PBES1 and for PBES2
     * with PBKDF2-HMAC-SHA1. OpenSSL uses the passphrase's UTF-8 bytes there, so a non-ASCII passphrase would not match.
     */
    private static boolean takesLow8Bits(AlgorithmIdentifier scheme) {
        if (!PKCSObjectIdentifiers.id_PBES2.equals(scheme.getAlgorithm())) {
            return scheme.getAlgorithm().on(PKCSObjectIdentifiers.pkcs_5);
        }
        KeyDerivationFunc kdf = PBES2Parameters.getInstance(scheme.getParameters()).getKeyDerivationFunc();
        return PKCSObjectIdentifiers.id_PBKDF2.equals(kdf.getAlgorithm())
                && PKCSObjectIdentifiers.id_hmacWithSHA1.equals(PBKDF2Params.getInstance(kdf.getParameters()).getPrf().getAlgorithm());
    }

    /** The passphrase's UTF-8 bytes, one per char, so that dropping the high bytes gives exactly those bytes; wiped by the caller. */
    private static char[] utf8AsChars(char[] passphrase) {
        byte[] utf8 = Wipe.utf8(passphrase);
        char[] chars = new char[utf8.length];
        for (int i = 0; i < utf8.length; i++) {
            chars[i] = (char) (utf8[i] & 0xff);
        }
        Wipe.bytes(utf8);
        return chars;
    }

    /** Bounds the KDF cost the file asks for (PBES2 with PBKDF2 or scrypt, or a legacy PBES1/PKCS#12 scheme). */
    private static void checkCost(AlgorithmIdentifier scheme, long maxKdfMemory) {
        try {
            if (!PKCSObjectIdentifiers.id_PBES2.equals(scheme.getAlgorithm())) {
                LOG.warn("private key uses legacy PBES1 encryption ({}); re-encrypt it: {}", scheme.getAlgorithm().getId(), REENCRYPT);
                KdfLimits.pbkdf2(PBEParameter.getInstance(scheme.getParameters()).getIterationCount(), FORMAT);
                return;
            }
            KeyDerivationFunc kdf = PBES2Parameters.getInstance(scheme.getParameters()).getKeyDerivationFunc();
            if (MiscObjectIdentifiers.id_scrypt.equals(kdf.getAlgorithm())) {
                ScryptParams scrypt = ScryptParams.getInstance(kdf.getParameters());
                KdfLimits.scrypt(scrypt.getCostParameter(), scrypt.getBlockSize(), scrypt.getParallelizationParameter(),
                        maxKdfMemory, FORMAT + " (PBES2/scrypt)");
            } else if (PKCSObjectIdentifiers.id_PBKDF2.equals(kdf.getAlgorithm())) {
                KdfLimits.pbkdf2(PBKDF2Params.getInstance(kdf.getParameters()).getIterationCount(), FORMAT);
            } else {
                throw new KeyFormatException(FORMAT + ": unsupported key derivation " + kdf.getAlgorithm().getId()
                        + "; re-encrypt it: " + REENCRYPT);
            }
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            throw new KeyFormatException(FORMAT + ": the encryption parameters are malformed");
        }
    }

    /** Encrypts with PBES2 AES-256-CBC and PBKDF2-HMAC-SHA256 ({@value #ITERATIONS} iterations). */
    public static PemObject encrypt(PrivateKeyInfo info, char[] passphrase) {
        try {
            OutputEncryptor encryptor = new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
                    .setPRF(PKCS8Generator.PRF_HMACSHA256).setIterationCount(ITERATIONS).setProvider(Bc.PROVIDER)
                    .setPassword(passphrase).build();
            return new PKCS8Generator(info, encryptor).generate();
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot encrypt the private key with PBES2/AES-256-CBC", e);
        }
    }
}
