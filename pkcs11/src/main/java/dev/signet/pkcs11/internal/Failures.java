package dev.signet.pkcs11.internal;

import dev.signet.core.CredentialsException;
import dev.signet.core.KeyUnavailableException;
import org.xipki.pkcs11.wrapper.PKCS11Constants;
import org.xipki.pkcs11.wrapper.PKCS11Exception;
import org.xipki.pkcs11.wrapper.TokenException;

/** What a PKCS#11 error code means for the user, as one of Signet's exceptions; never a PIN. */
final class Failures {
    private Failures() {}

    /** A failed {@code C_Login}. */
    static CredentialsException login(String token, String pinOrigin, TokenException e) {
        long code = code(e);
        if (code == PKCS11Constants.CKR_PIN_INCORRECT || code == PKCS11Constants.CKR_PIN_LEN_RANGE) {
            return new CredentialsException("the PIN for " + token + " is incorrect (PIN from " + pinOrigin
                    + "); Signet does not retry: the token locks itself after a few wrong PINs");
        }
        if (code == PKCS11Constants.CKR_PIN_LOCKED || code == PKCS11Constants.CKR_PIN_EXPIRED) {
            return new CredentialsException("the user PIN of " + token + " is " + (code == PKCS11Constants.CKR_PIN_LOCKED ? "locked" : "expired")
                    + "; reset it with the SO PIN (softhsm2-util/pkcs11-tool --init-pin, ykman piv access unblock-pin)");
        }
        return new CredentialsException("logging in to " + token + " failed (" + name(e) + ")");
    }

    /** A failed signature: the key or its token went away, or the token refused. */
    static KeyUnavailableException signing(String key, TokenException e) {
        long code = code(e);
        if (code == PKCS11Constants.CKR_OBJECT_HANDLE_INVALID || code == PKCS11Constants.CKR_KEY_HANDLE_INVALID) {
            return new KeyUnavailableException(key + " is gone (" + name(e) + "): the token was removed, re-initialised or the "
                    + "key deleted; put it back and resolve the credentials again");
        }
        if (code == PKCS11Constants.CKR_USER_NOT_LOGGED_IN) {
            return new KeyUnavailableException(key + " is logged out (" + name(e) + "), as after the token is removed and "
                    + "reinserted; resolve the credentials again to log in");
        }
        return unavailable(key, e);
    }

    /** Any other failure to use a token that was found before. */
    static KeyUnavailableException unavailable(String what, TokenException e) {
        return new KeyUnavailableException(what + " cannot be used (" + name(e) + "); check that the token is present, "
                + "then resolve the credentials again");
    }

    static long code(TokenException e) {
        return e instanceof PKCS11Exception p ? p.getErrorCode() : -1;
    }

    static String name(TokenException e) {
        return e instanceof PKCS11Exception p ? p.getErrorName() : e.getClass().getSimpleName();
    }
}
