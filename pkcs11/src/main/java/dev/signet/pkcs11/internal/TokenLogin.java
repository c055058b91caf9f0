package dev.signet.pkcs11.internal;

import dev.signet.core.CredentialsException;
import java.util.HashMap;
import java.util.Map;
import org.xipki.pkcs11.wrapper.PKCS11Constants;
import org.xipki.pkcs11.wrapper.PKCS11Exception;
import org.xipki.pkcs11.wrapper.PKCS11Module;
import org.xipki.pkcs11.wrapper.Session;
import org.xipki.pkcs11.wrapper.Token;
import org.xipki.pkcs11.wrapper.TokenException;
import org.xipki.pkcs11.wrapper.TokenInfo;

/**
 * This process's login to one token. PKCS#11 logs in an application, not a session, so every key on the token
 * shares it: the first key logs in, the last one to close logs out. The PIN is used once and never kept; a token
 * that loses its login (removed and reinserted) needs the credentials resolved again.
 */
final class TokenLogin {
    private static final Map<Slot, TokenLogin> ACTIVE = new HashMap<>();

    private final Token token;
    private final Session session;
    private final PinDigest pin;
    private int users = 1;

    private TokenLogin(Token token, Session session, PinDigest pin) {
        this.token = token;
        this.session = session;
        this.pin = pin;
    }

    /**
     * Logs in to {@code token} unless this process already is. A later key on a token this process is logged in to
     * must bring the same PIN (checked against a salted digest of the first): PKCS#11 would let it in without one.
     *
     * @param pin the user PIN, or null for a token that needs none or has its own PIN pad
     * @param name how messages name the token
     * @param pinOrigin how messages name where the PIN came from
     */
    static synchronized TokenLogin acquire(Token token, char[] pin, String name, String pinOrigin) {
        TokenLogin active = ACTIVE.get(Slot.of(token));
        if (active != null) {
            if (!active.pin.matches(pin)) {
                throw new CredentialsException("the PIN for " + name + " is incorrect (PIN from " + pinOrigin + "): it is not the "
                        + "PIN this process logged in to the token with");
            }
            active.users++;
            return active;
        }
        TokenInfo info;
        Session session;
        try {
            info = token.getTokenInfo();
            session = token.openSession(false);
        } catch (TokenException e) {
            throw Failures.unavailable(name, e);
        }
        try {
            if (pin == null && info.isLoginRequired() && !info.isProtectedAuthenticationPath()) {
                throw new CredentialsException(name + " needs a PIN: set P_PKCS11_PIN_FILE (or P_PKCS11_PIN), or add "
                        + "pin-source=file:/path/to/pin to the URI");
            }
            if (pin != null || info.isLoginRequired()) {
                session.login(PKCS11Constants.CKU_USER, pin);
            }
        } catch (PKCS11Exception e) {
            closeQuietly(session);
            if (e.getErrorCode() == PKCS11Constants.CKR_USER_ALREADY_LOGGED_IN) {
                throw new CredentialsException(name + " is already logged in by other code in this process (SunPKCS11?), so "
                        + "Signet cannot check the PIN; let one of them use the token");
            }
            throw Failures.login(name, pinOrigin, e);
        } catch (RuntimeException e) {
            closeQuietly(session);
            throw e;
        }
        TokenLogin login = new TokenLogin(token, session, PinDigest.of(pin));
        ACTIVE.put(Slot.of(token), login);
        return login;
    }

    /** One more user of this login, released separately. */
    TokenLogin share() {
        synchronized (TokenLogin.class) {
            users++;
        }
        return this;
    }

    /** Gives up one key's use of the login; the last one logs out and closes the login's session. */
    void release() {
        synchronized (TokenLogin.class) {
            if (--users > 0) {
                return;
            }
            ACTIVE.remove(Slot.of(token));
        }
        try {
            session.logout();
        } catch (TokenException e) {
            // already logged out, or the token is gone: nothing is left to release but the session
        }
        closeQuietly(session);
    }

    /** A slot of a loaded library: the wrapper makes new {@code Token} objects for each slot listing. */
    private record Slot(PKCS11Module module, long id) {
        static Slot of(Token token) {
            return new Slot(token.getSlot().getModule(), token.getSlot().getSlotID());
        }
    }

    static void closeQuietly(Session session) {
        try {
            session.closeSession();
        } catch (TokenException e) {
            // the token is gone or the session already closed
        }
    }
}
