package dev.signet.core.internal;

import dev.signet.core.KeyFormatException;
import dev.signet.core.KeyUnavailableException;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.WeakKeyException;
import dev.signet.spi.KeyHandle;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A JCA {@link PrivateKey} from any provider (SunPKCS11, a cloud KMS provider, SunEC), used through
 * {@link Signature}. Initialised {@code Signature}s are pooled: one per thread signing at the same moment, reused
 * afterwards, dropped on {@link #close()}. The private key stays its provider's; Signet never sees its bytes.
 */
public final class JcaKeyHandle implements KeyHandle {
    /** RFC 8410 SubjectPublicKeyInfo prefix of an Ed25519 public key; the 32-byte point follows. */
    private static final byte[] ED25519_SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
    private static final int MIN_RSA_BITS = 2048;

    private final SigningAlgorithm algorithm;
    private final PrivateKey privateKey;
    private final byte[] spki;
    private final int length;
    private final String description;
    private final Queue<Signature> idle = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    private JcaKeyHandle(SigningAlgorithm algorithm, PrivateKey privateKey, byte[] spki, int length) {
        this.algorithm = algorithm;
        this.privateKey = privateKey;
        this.spki = spki;
        this.length = length;
        Signature first = newSignature();
        this.description = "JCA key of provider " + first.getProvider().getName();
        idle.add(first);
    }

    /**
     * A handle for {@code privateKey}, whose public half is {@code publicKey}.
     *
     * @throws KeyFormatException if the keys are not of {@code algorithm}, or no installed provider signs with the key
     * @throws WeakKeyException if an RSA key is under 2048 bits
     */
    public static JcaKeyHandle of(SigningAlgorithm algorithm, PrivateKey privateKey, PublicKey publicKey) {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
        byte[] spki = publicKey.getEncoded();
        if (spki == null || !"X.509".equals(publicKey.getFormat())) {
            throw new KeyFormatException("the public key has no X.509 SubjectPublicKeyInfo encoding");
        }
        switch (algorithm) {
            case ED25519 -> {
                if (spki.length != ED25519_SPKI_PREFIX.length + 32
                        || !Arrays.equals(spki, 0, ED25519_SPKI_PREFIX.length, ED25519_SPKI_PREFIX, 0, ED25519_SPKI_PREFIX.length)) {
                    throw new KeyFormatException("the public key is not an Ed25519 key (" + publicKey.getAlgorithm() + ")");
                }
                requirePrivate(privateKey, "Ed25519", "EdDSA");
                return new JcaKeyHandle(algorithm, privateKey, spki, 64);
            }
            case RSA_PKCS1_SHA256 -> {
                if (!(publicKey instanceof RSAPublicKey rsa)) {
                    throw new KeyFormatException("the public key is not an RSA key (" + publicKey.getAlgorithm() + ")");
                }
                requirePrivate(privateKey, "RSA");
                int bits = rsa.getModulus().bitLength();
                if (bits < MIN_RSA_BITS) {
                    throw new WeakKeyException("this RSA key has " + bits + " bits; the minimum is " + MIN_RSA_BITS
                            + ": generate a new pair with signet keygen --algorithm rsa --bits 2048");
                }
                return new JcaKeyHandle(algorithm, privateKey, spki, (bits + 7) / 8);
            }
            default -> throw new IllegalArgumentException(algorithm + " takes a shared secret, not a private key");
        }
    }

    private static void requirePrivate(PrivateKey key, String... names) {
        if (!Arrays.asList(names).contains(key.getAlgorithm())) {
            throw new KeyFormatException("the private key is a " + key.getAlgorithm() + " key, not " + names[0]);
        }
    }

    private Signature newSignature() {
        String name = algorithm == SigningAlgorithm.ED25519 ? "Ed25519" : "SHA256withRSA";
        try {
            Signature s = Signature.getInstance(name);
            s.initSign(privateKey);
            return s;
        } catch (GeneralSecurityException e) {
            throw new KeyFormatException("no installed JCA provider signs " + name + " with this " + privateKey.getClass().getName()
                    + " (" + e.getClass().getSimpleName() + "); register the key's provider first: Security.addProvider(provider)");
        }
    }

    @Override
    public SigningAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public byte[] publicKeySpki() {
        return spki.clone();
    }

    @Override
    public int signatureLength() {
        return length;
    }

    @Override
    public int sign(byte[] message, int off, int len, byte[] out, int outOff) {
        if (closed) {
            throw new IllegalStateException(description + " was closed; resolve the key again");
        }
        Signature s = idle.poll();
        if (s == null) {
            s = newSignature();
        }
        int written;
        try {
            s.update(message, off, len);
            written = s.sign(out, outOff, length);
        } catch (GeneralSecurityException | RuntimeException e) {
            // the failed instance may hold part of a message: it is dropped, not pooled
            throw new KeyUnavailableException(description + " could not sign (" + e.getClass().getSimpleName()
                    + "); check that the key's token or service is reachable, then resolve the key again");
        }
        idle.offer(s);
        return written;
    }

    @Override
    public String description() {
        return description;
    }

    /** Drops the pooled {@code Signature}s (and the provider sessions they hold); the private key stays its owner's. */
    @Override
    public void close() {
        closed = true;
        idle.clear();
    }
}
