package dev.signet.core;

import dev.signet.core.internal.HandleSigner;
import dev.signet.core.internal.SharedKeyHandle;
import dev.signet.spi.SignerFactory;
import java.util.EnumMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Finds the signer for a key among the signer modules on the class or module path.
 *
 * <pre>{@code Signer signer = Signers.forKey(credentials.signingKey());}</pre>
 */
public final class Signers {
    private static final Map<SigningAlgorithm, SignerFactory> FACTORIES = load();

    private Signers() {}

    private static Map<SigningAlgorithm, SignerFactory> load() {
        Map<SigningAlgorithm, SignerFactory> found = new EnumMap<>(SigningAlgorithm.class);
        for (SignerFactory factory : ServiceLoader.load(SignerFactory.class, Signers.class.getClassLoader())) {
            found.putIfAbsent(factory.algorithm(), factory);
        }
        return found;
    }

    /**
     * A signer for {@code key}; the caller owns it and closes it (which wipes its copy of the key). A key held outside
     * Signet ({@link SigningKey#external}) is signed with by its holder, and needs no signer module.
     */
    public static Signer forKey(SigningKey key) {
        SharedKeyHandle handle = key.shareHandle();
        return handle != null ? new HandleSigner(handle) : factory(key.algorithm()).createSigner(key);
    }

    /** A verifier for {@code key}; the caller owns it and closes it. */
    public static Verifier verifierFor(VerificationKey key) {
        return factory(key.algorithm()).createVerifier(key);
    }

    /** A verifier for the signatures {@code key} makes. */
    public static Verifier verifierFor(SigningKey key) {
        return verifierFor(key.verificationKey());
    }

    /** Whether a module serving {@code algorithm} is present. */
    public static boolean isAvailable(SigningAlgorithm algorithm) {
        return FACTORIES.containsKey(algorithm);
    }

    private static SignerFactory factory(SigningAlgorithm algorithm) {
        SignerFactory factory = FACTORIES.get(algorithm);
        if (factory == null) {
            throw new SignetException("no signer for " + algorithm + " on the class path; add the dependency "
                    + "dev.signet:signet-signing-" + artifactSuffix(algorithm));
        }
        return factory;
    }

    /** Exhaustive on purpose: a new algorithm does not compile until it names the module that serves it. */
    private static String artifactSuffix(SigningAlgorithm algorithm) {
        return switch (algorithm) {
            case HMAC_SHA256 -> "hmac";
            case ED25519 -> "ed25519";
            case RSA_PKCS1_SHA256 -> "rsa";
        };
    }
}
