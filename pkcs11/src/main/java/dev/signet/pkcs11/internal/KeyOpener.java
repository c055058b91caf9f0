package dev.signet.pkcs11.internal;

import dev.signet.core.CredentialsException;
import dev.signet.core.KeyFormatException;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import dev.signet.core.Signers;
import dev.signet.core.Signer;
import dev.signet.pkcs11.Pkcs11Uri;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Optional;
import org.xipki.pkcs11.wrapper.PKCS11Module;
import org.xipki.pkcs11.wrapper.Session;
import org.xipki.pkcs11.wrapper.TokenException;

/** Opens (and generates) keys named by {@code pkcs11:} URIs: library, token, login, key object, a signature checked. */
public final class KeyOpener {
    private static final byte[] PROBE = "signet-pkcs11-probe".getBytes(StandardCharsets.US_ASCII);

    private KeyOpener() {}

    /**
     * The key {@code uri} names, logged in with {@code pin} (or the URI's pin-source), signing on up to {@code sessions}
     * sessions at once. One probe signature is checked against the public key found beside it.
     *
     * @param pinOrigin how messages name where {@code pin} came from
     */
    public static SigningKey open(Pkcs11Uri uri, char[] pin, String pinOrigin, Path defaultLibrary, int sessions) {
        return withLogin(uri, pin, pinOrigin, defaultLibrary, (found, login) -> {
            SessionPool pool = new SessionPool(found.token(), found.name(), sessions);
            TokenKey key;
            Session session = pool.borrow();
            boolean healthy = false;
            try {
                key = TokenKey.find(session, found.token(), found.name(), uri);
                healthy = true;
            } catch (TokenException e) {
                throw Failures.unavailable(found.name(), e);
            } finally {
                pool.giveBack(session, healthy);
                if (!healthy) {
                    pool.close();
                }
            }
            SigningKey signingKey = SigningKey.external(new Pkcs11KeyHandle(key, login.share(), pool));
            try {
                probe(signingKey, key.description());
            } catch (RuntimeException e) {
                signingKey.close();
                throw e;
            }
            return signingKey;
        });
    }

    /** Generates a key pair inside the token {@code uri} names (see {@link KeyPairGeneration}), then opens it. */
    public static SigningKey generate(Pkcs11Uri uri, SigningAlgorithm algorithm, int rsaBits, char[] pin, String pinOrigin,
            Path defaultLibrary, int sessions) {
        withLogin(uri, pin, pinOrigin, defaultLibrary, (found, login) -> {
            try {
                Session session = found.token().openSession(true);
                try {
                    KeyPairGeneration.generate(session, found.name(), uri, algorithm, rsaBits);
                } finally {
                    TokenLogin.closeQuietly(session);
                }
            } catch (TokenException e) {
                throw new CredentialsException(found.name() + " could not generate the " + algorithm.cliName() + " key pair ("
                        + Failures.name(e) + ")");
            }
            return null;
        });
        return open(uri, pin, pinOrigin, defaultLibrary, sessions);
    }

    /** What runs while logged in; what outlives it takes its own {@link TokenLogin#share()}. */
    private interface LoggedIn<T> {
        T run(TokenSelection.Found found, TokenLogin login);
    }

    private static <T> T withLogin(Pkcs11Uri uri, char[] pin, String pinOrigin, Path defaultLibrary, LoggedIn<T> work) {
        Path library = uri.modulePath().or(() -> Optional.ofNullable(defaultLibrary)).orElseThrow(() -> new CredentialsException(
                "name the PKCS#11 library: add module-path=/path/to/library.so to the URI or set P_PKCS11_MODULE "
                        + "(SoftHSM: /usr/lib/softhsm/libsofthsm2.so; YubiKey: libykcs11.so)"));
        PKCS11Module module = Libraries.load(library);
        TokenSelection.Found found = TokenSelection.find(module, uri, library.toString());
        TokenLogin login;
        try (Pins.Pin p = Pins.resolve(uri, pin, pinOrigin)) {
            login = TokenLogin.acquire(found.token(), p.chars(), found.name(), p.origin());
        }
        try {
            return work.run(found, login);
        } finally {
            login.release();
        }
    }

    private static void probe(SigningKey key, String description) {
        SigningAlgorithm algorithm = key.algorithm();
        try (Signer signer = Signers.forKey(key)) {
            byte[] signature = signer.sign(PROBE);
            Signature verifier = Signature.getInstance(algorithm == SigningAlgorithm.ED25519 ? "Ed25519" : "SHA256withRSA");
            verifier.initVerify(KeyFactory.getInstance(algorithm == SigningAlgorithm.ED25519 ? "Ed25519" : "RSA")
                    .generatePublic(new X509EncodedKeySpec(key.publicKeySpki().orElseThrow())));
            verifier.update(PROBE);
            if (!verifier.verify(signature)) {
                throw new KeyFormatException("the public key beside " + description + " does not match its private key; "
                        + "re-import the public key or generate a new pair");
            }
        } catch (GeneralSecurityException e) {
            throw new KeyFormatException("the public key beside " + description + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
