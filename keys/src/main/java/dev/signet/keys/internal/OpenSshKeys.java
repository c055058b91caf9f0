package dev.signet.keys.internal;

import dev.signet.core.KeyFormatException;
import dev.signet.core.SigningKey;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.OpenSSHPrivateKeyUtil;

/** OpenSSH's own private key format ({@code BEGIN OPENSSH PRIVATE KEY}, {@code openssh-key-v1}), plain or bcrypt-encrypted. */
public final class OpenSshKeys {
    private static final String FORMAT = "OpenSSH private key";
    static final byte[] MAGIC = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);

    private OpenSshKeys() {}

    /** Decodes an {@code openssh-key-v1} blob. */
    public static SigningKey decode(byte[] blob, char[] passphrase) {
        String cipher = cipherName(blob);
        byte[] plain = cipher.equals("none") ? blob : OpenSshDecryption.decrypt(blob, cipher, passphrase);
        AsymmetricKeyParameter params;
        try {
            params = OpenSSHPrivateKeyUtil.parsePrivateKeyBlob(plain);
        } catch (RuntimeException e) {
            throw new KeyFormatException(FORMAT + ": malformed or truncated");
        } finally {
            if (plain != blob) {
                Wipe.bytes(plain);
            }
        }
        return KeyInfos.fromParameters(params, FORMAT);
    }

    private static String cipherName(byte[] blob) {
        ByteBuffer in = ByteBuffer.wrap(blob);
        if (blob.length < MAGIC.length + 4 || PemDocument.indexOf(blob, MAGIC, 0) != 0) {
            throw new KeyFormatException(FORMAT + ": missing the openssh-key-v1 header; the file is corrupt");
        }
        in.position(MAGIC.length);
        int len = in.getInt();
        if (len < 0 || len > 64 || in.remaining() < len) {
            throw new KeyFormatException(FORMAT + ": malformed or truncated");
        }
        return new String(blob, in.position(), len, StandardCharsets.US_ASCII);
    }
}
