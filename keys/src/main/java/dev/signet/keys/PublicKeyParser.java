package dev.signet.keys;

import dev.signet.core.KeyFormatException;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.VerificationKey;
import dev.signet.keys.internal.PemDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.util.OpenSSHPublicKeyUtil;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;

/**
 * Reads an Ed25519 or RSA public key: SPKI PEM ({@code BEGIN PUBLIC KEY}) or DER, PKCS#1
 * ({@code BEGIN RSA PUBLIC KEY}), or an OpenSSH line ({@code ssh-ed25519 AAAA…}, {@code ssh-rsa AAAA…}).
 *
 * <pre>{@code Verifier v = Signers.verifierFor(PublicKeyParser.parse(Files.readAllBytes(publicPem)));}</pre>
 */
public final class PublicKeyParser {
    private PublicKeyParser() {}

    /**
     * Parses a public key.
     *
     * @throws KeyFormatException naming the detected format and the problem
     */
    public static VerificationKey parse(byte[] content) {
        try {
            return parseUnguarded(content);
        } catch (KeyFormatException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // deeply nested DER can overflow BouncyCastle's recursive parser; report it as the malformed key it is
            throw new KeyFormatException("the public key is malformed (" + e.getClass().getSimpleName() + " while parsing it)");
        }
    }

    private static VerificationKey parseUnguarded(byte[] content) {
        String text = new String(content, StandardCharsets.US_ASCII).strip();
        if (text.startsWith("ssh-")) {
            return fromOpenSsh(text);
        }
        Optional<PemDocument> pem;
        try {
            pem = PemDocument.parse(content);
        } catch (IllegalArgumentException e) {
            throw new KeyFormatException(e.getMessage());
        }
        if (pem.isEmpty()) {
            return fromSpki(content, "DER public key");
        }
        switch (pem.get().label()) {
            case "PUBLIC KEY":
                return fromSpki(pem.get().der(), "PEM public key");
            case "RSA PUBLIC KEY":
                return fromRsa(pem.get().der());
            default:
                throw new KeyFormatException("PEM " + pem.get().label() + ": not a public key; give the public.pem "
                        + "(export it with: signet public-key --key-file PRIVATE.pem)");
        }
    }

    private static VerificationKey fromSpki(byte[] der, String format) {
        SubjectPublicKeyInfo info;
        try {
            info = SubjectPublicKeyInfo.getInstance(der);
        } catch (RuntimeException e) {
            throw new KeyFormatException(format + ": malformed or truncated SubjectPublicKeyInfo");
        }
        if (info.getAlgorithm().getAlgorithm().equals(EdECObjectIdentifiers.id_Ed25519)) {
            return VerificationKey.publicKey(SigningAlgorithm.ED25519, encoded(info, format));
        }
        if (info.getAlgorithm().getAlgorithm().equals(PKCSObjectIdentifiers.rsaEncryption)) {
            return VerificationKey.publicKey(SigningAlgorithm.RSA_PKCS1_SHA256, encoded(info, format));
        }
        throw new KeyFormatException(format + ": unsupported algorithm " + info.getAlgorithm().getAlgorithm().getId()
                + "; Signet verifies Ed25519 and RSA");
    }

    private static VerificationKey fromRsa(byte[] der) {
        try {
            RSAPublicKey key = RSAPublicKey.getInstance(der);
            return fromParameters(new RSAKeyParameters(false, key.getModulus(), key.getPublicExponent()), "PEM PKCS#1 public key");
        } catch (RuntimeException e) {
            throw new KeyFormatException("PEM PKCS#1 public key: malformed or truncated");
        }
    }

    private static VerificationKey fromOpenSsh(String line) {
        String[] parts = line.split("\\s+");
        try {
            return fromParameters(OpenSSHPublicKeyUtil.parsePublicKey(Base64.getDecoder().decode(parts[1])), "OpenSSH public key");
        } catch (RuntimeException e) {
            throw new KeyFormatException("OpenSSH public key: malformed; expected 'ssh-ed25519 AAAA…' or 'ssh-rsa AAAA…'");
        }
    }

    private static VerificationKey fromParameters(AsymmetricKeyParameter params, String format) {
        try {
            return fromSpki(SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(params).getEncoded(ASN1Encoding.DER), format);
        } catch (IOException e) {
            throw new KeyFormatException(format + ": cannot encode the key");
        }
    }

    private static byte[] encoded(SubjectPublicKeyInfo info, String format) {
        try {
            return info.getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new KeyFormatException(format + ": cannot encode the key");
        }
    }
}
