package dev.signet.keys;

import dev.signet.core.KeyFormatException;
import dev.signet.core.SigningKey;
import dev.signet.keys.internal.KeyInfos;
import dev.signet.keys.internal.NoPassphrase;
import dev.signet.keys.internal.OpenSshKeys;
import dev.signet.keys.internal.PemDocument;
import dev.signet.keys.internal.Pkcs8Encryption;
import dev.signet.keys.internal.TraditionalPem;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;

/**
 * Reads an Ed25519 or RSA private key from the bytes of a key file, deciding the format from the content:
 * PEM PKCS#8 ({@code BEGIN PRIVATE KEY}), encrypted PKCS#8 ({@code BEGIN ENCRYPTED PRIVATE KEY}, PBES2 with PBKDF2
 * or scrypt; legacy PBES1 with a warning), traditional PKCS#1 ({@code BEGIN RSA PRIVATE KEY}, plain or
 * {@code Proc-Type: 4,ENCRYPTED}), OpenSSH ({@code BEGIN OPENSSH PRIVATE KEY}, plain or as {@code ssh-keygen -N}
 * encrypts it), and DER PKCS#8/PKCS#1. Errors name the detected format and the problem, never key bytes, and do not
 * chain parser exceptions. The cost of deriving an encrypted key's decryption key is bounded before any work starts
 * ({@link KeyDerivationLimits}). A passphrase given for a key that is not encrypted is refused (whoever set it
 * believes the key is protected), and so is a file with more than one private-key PEM block.
 *
 * <pre>{@code SigningKey key = PrivateKeyParser.parse(Files.readAllBytes(path), passphrase);}</pre>
 */
public final class PrivateKeyParser {
    private PrivateKeyParser() {}

    /**
     * Parses a private key with the default {@link KeyDerivationLimits} (an encrypted key may need at most 64 MiB).
     *
     * @param content the file's bytes; not retained
     * @param passphrase the passphrase for an encrypted key, or null; not retained (the caller wipes it)
     * @throws KeyFormatException naming the detected format and what is wrong
     */
    public static SigningKey parse(byte[] content, char[] passphrase) {
        return parse(content, passphrase, KeyDerivationLimits.defaults());
    }

    /**
     * Parses a private key, with {@code limits} on what deriving an encrypted key's decryption key may cost.
     *
     * @param content the file's bytes; not retained
     * @param passphrase the passphrase for an encrypted key, or null; not retained (the caller wipes it)
     * @throws KeyFormatException naming the detected format and what is wrong, or the cost and how to allow it
     */
    public static SigningKey parse(byte[] content, char[] passphrase, KeyDerivationLimits limits) {
        try {
            return parseUnguarded(content, passphrase, limits.maxMemoryBytes());
        } catch (KeyFormatException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // deeply nested DER can overflow BouncyCastle's recursive parser; report it as the malformed key it is
            // BouncyCastle can fail on hostile input with any runtime exception; its message may quote key bytes
            throw new KeyFormatException("the key is malformed (" + e.getClass().getSimpleName() + " while parsing it)");
        }
    }

    private static SigningKey parseUnguarded(byte[] content, char[] passphrase, long maxKdfMemory) {
        Optional<PemDocument> pem;
        try {
            pem = PemDocument.parse(content);
        } catch (IllegalArgumentException e) {
            throw new KeyFormatException(e.getMessage());
        }
        if (pem.isPresent()) {
            PemDocument doc = pem.get();
            try {
                return fromPem(doc, passphrase, maxKdfMemory);
            } finally {
                Arrays.fill(doc.der(), (byte) 0);
            }
        }
        if (startsWithText(content, "ssh-")) {
            throw publicKeyGiven("OpenSSH public key line");
        }
        if (content.length > 0 && content[0] == 0x30) {
            return fromDer(content, passphrase, maxKdfMemory);
        }
        throw new KeyFormatException("not a recognised private key: expected a PEM block (-----BEGIN ... PRIVATE KEY-----) "
                + "or DER; got " + content.length + " bytes of something else");
    }

    private static SigningKey fromPem(PemDocument doc, char[] passphrase, long maxKdfMemory) {
        switch (doc.label()) {
            case "PRIVATE KEY":
                NoPassphrase.require(passphrase, "PEM PKCS#8", Pkcs8Encryption.REENCRYPT);
                return KeyInfos.fromPrivateKeyInfo(pkcs8(doc.der(), "PEM PKCS#8"), "PEM PKCS#8");
            case "ENCRYPTED PRIVATE KEY":
                return KeyInfos.fromPrivateKeyInfo(Pkcs8Encryption.decrypt(doc.der(), passphrase, maxKdfMemory), "encrypted PEM PKCS#8");
            case "RSA PRIVATE KEY":
                byte[] pkcs1 = TraditionalPem.pkcs1Der(doc.headers(), doc.der(), passphrase);
                try {
                    return KeyInfos.fromPrivateKeyInfo(wrapPkcs1(pkcs1, "PEM PKCS#1"), "PEM PKCS#1");
                } finally {
                    Arrays.fill(pkcs1, (byte) 0);
                }
            case "OPENSSH PRIVATE KEY":
                return OpenSshKeys.decode(doc.der(), passphrase);
            case "PUBLIC KEY":
            case "RSA PUBLIC KEY":
            case "CERTIFICATE":
                throw publicKeyGiven("PEM " + doc.label());
            default:
                throw KeyInfos.unsupported("PEM " + doc.label(), doc.label().replace(" PRIVATE KEY", ""));
        }
    }

    private static SigningKey fromDer(byte[] der, char[] passphrase, long maxKdfMemory) {
        PrivateKeyInfo info = tryPkcs8(der);
        if (info != null) {
            NoPassphrase.require(passphrase, "DER PKCS#8", Pkcs8Encryption.REENCRYPT);
            return KeyInfos.fromPrivateKeyInfo(info, "DER PKCS#8");
        }
        if (isEncryptedPkcs8(der)) {
            return KeyInfos.fromPrivateKeyInfo(Pkcs8Encryption.decrypt(der, passphrase, maxKdfMemory), "encrypted DER PKCS#8");
        }
        if (isPublicKey(der)) {
            throw publicKeyGiven("DER SubjectPublicKeyInfo");
        }
        PrivateKeyInfo pkcs1 = wrapPkcs1(der, "DER");
        NoPassphrase.require(passphrase, "DER PKCS#1", Pkcs8Encryption.REENCRYPT.replace("-in old.pem", "-inform DER -in old.der"));
        return KeyInfos.fromPrivateKeyInfo(pkcs1, "DER PKCS#1");
    }

    private static PrivateKeyInfo pkcs8(byte[] der, String format) {
        PrivateKeyInfo info = tryPkcs8(der);
        if (info == null) {
            throw new KeyFormatException(format + ": the structure is malformed or truncated");
        }
        return info;
    }

    private static PrivateKeyInfo tryPkcs8(byte[] der) {
        try {
            return PrivateKeyInfo.getInstance(der);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean isEncryptedPkcs8(byte[] der) {
        try {
            org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo.getInstance(der);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isPublicKey(byte[] der) {
        try {
            org.bouncycastle.asn1.x509.SubjectPublicKeyInfo.getInstance(der);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static PrivateKeyInfo wrapPkcs1(byte[] der, String format) {
        try {
            return new PrivateKeyInfo(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                    org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.rsaEncryption, org.bouncycastle.asn1.DERNull.INSTANCE),
                    RSAPrivateKey.getInstance(der));
        } catch (Exception e) {
            throw new KeyFormatException(format + ": not a PKCS#8 or PKCS#1 private key, or truncated");
        }
    }

    private static boolean startsWithText(byte[] content, String prefix) {
        int i = 0;
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return content.length - i >= prefix.length()
                && new String(content, i, prefix.length(), java.nio.charset.StandardCharsets.US_ASCII).equals(prefix);
    }

    private static KeyFormatException publicKeyGiven(String format) {
        return new KeyFormatException(format + ": this is a public key; give the private key file "
                + "(the public one is what you register with the exchange)");
    }
}
