package dev.signet.pkcs11.internal;

import dev.signet.core.KeyUnavailableException;
import dev.signet.core.SigningAlgorithm;
import dev.signet.spi.KeyHandle;
import java.util.Arrays;
import org.xipki.pkcs11.wrapper.Mechanism;
import org.xipki.pkcs11.wrapper.Session;
import org.xipki.pkcs11.wrapper.TokenException;

/**
 * A key in a PKCS#11 token: each signature is one {@code C_SignInit}/{@code C_Sign} on a pooled session.
 * {@link #close()} closes the key's sessions and gives up its share of the token's login.
 */
final class Pkcs11KeyHandle implements KeyHandle {
    private final TokenKey key;
    private final TokenLogin login;
    private final SessionPool sessions;

    Pkcs11KeyHandle(TokenKey key, TokenLogin login, SessionPool sessions) {
        this.key = key;
        this.login = login;
        this.sessions = sessions;
    }

    @Override
    public SigningAlgorithm algorithm() {
        return key.algorithm();
    }

    @Override
    public byte[] publicKeySpki() {
        return key.spki().clone();
    }

    @Override
    public int signatureLength() {
        return key.signatureLength();
    }

    @Override
    public int sign(byte[] message, int off, int len, byte[] out, int outOff) {
        byte[] data = off == 0 && len == message.length ? message : Arrays.copyOfRange(message, off, off + len);
        Session session = sessions.borrow();
        boolean healthy = false;
        try {
            byte[] signature = session.signSingle(new Mechanism(key.mechanism()), key.handle(), data);
            if (signature.length != key.signatureLength()) {
                throw new KeyUnavailableException(key.description() + " returned a " + signature.length + "-byte signature, not "
                        + key.signatureLength());
            }
            System.arraycopy(signature, 0, out, outOff, signature.length);
            healthy = true;
            return signature.length;
        } catch (TokenException e) {
            throw Failures.signing(key.description(), e);
        } finally {
            sessions.giveBack(session, healthy);
        }
    }

    @Override
    public String description() {
        return key.description();
    }

    @Override
    public void close() {
        sessions.close();
        login.release();
    }
}
