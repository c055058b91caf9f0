package dev.signet.pkcs11.internal;

import dev.signet.core.CredentialsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.xipki.pkcs11.wrapper.PKCS11Constants;
import org.xipki.pkcs11.wrapper.PKCS11Exception;
import org.xipki.pkcs11.wrapper.PKCS11Module;
import org.xipki.pkcs11.wrapper.StaticLogger;

/**
 * The PKCS#11 libraries this process has loaded, one {@code C_Initialize} each. A library stays loaded for the
 * life of the process, as SunPKCS11 keeps it: finalizing it would end every other key's sessions on it.
 */
public final class Libraries {
    private static final Map<Path, PKCS11Module> LOADED = new ConcurrentHashMap<>();

    static {
        StaticLogger.setLogger(new WrapperLog());
    }

    private Libraries() {}

    /**
     * The library at {@code path}, loaded and initialised once.
     *
     * @throws CredentialsException if it does not exist or does not load
     */
    public static PKCS11Module load(Path path) {
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            throw new CredentialsException("the PKCS#11 library " + Quoted.quote(path.toString()) + " does not exist; install it "
                    + "(softhsm2, opensc, ykcs11, your HSM's client) or correct module-path / P_PKCS11_MODULE");
        }
        if (!Files.isRegularFile(real)) {
            throw new CredentialsException("the PKCS#11 library " + Quoted.quote(path.toString()) + " is not a file");
        }
        return LOADED.computeIfAbsent(real, Libraries::initialise);
    }

    private static PKCS11Module initialise(Path library) {
        PKCS11Module module;
        try {
            module = PKCS11Module.getInstance(library.toString());
        } catch (IOException | RuntimeException | LinkageError e) {
            throw new CredentialsException("could not load " + Quoted.quote(library.toString()) + " as a PKCS#11 library ("
                    + e.getClass().getSimpleName() + ")");
        }
        try {
            module.initialize();
        } catch (PKCS11Exception e) {
            // SunPKCS11 (or another wrapper) in this process may have initialised it first: that is fine
            if (e.getErrorCode() != PKCS11Constants.CKR_CRYPTOKI_ALREADY_INITIALIZED) {
                throw new CredentialsException("the PKCS#11 library " + Quoted.quote(library.toString()) + " failed to start ("
                        + e.getErrorName() + "); check its configuration (SoftHSM: SOFTHSM2_CONF)");
            }
        }
        return module;
    }
}
