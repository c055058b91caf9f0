package dev.signet.keys.internal;

import dev.signet.core.KeyFormatException;
import dev.signet.core.SigningKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.OpenSSHPrivateKeyUtil;
import org.bouncycastle.crypto.util.OpenSSHPublicKeyUtil;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;

/**
 * OpenSSH's own private key format ({@code BEGIN OPENSSH PRIVATE KEY}, {@code openssh-key-v1}), plain or protected
 * with a passphrase as {@code ssh-keygen -N} writes it (bcrypt-pbkdf; AES-CTR/CBC/GCM or ChaCha20-Poly1305). The
 * unencrypted header is read here first, every length bounded and the bcrypt rounds capped; BouncyCastle then derives
 * the key, decrypts and decodes.
 *
 * <pre>{@code SigningKey key = OpenSshKeys.decode(pem.der(), passphrase);}</pre>
 */
public final class OpenSshKeys {
    private static final String FORMAT = "OpenSSH private key";
    private static final String ENCRYPTED = "encrypted OpenSSH private key";
    private static final byte[] MAGIC = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NONE = "none".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BCRYPT = "bcrypt".getBytes(StandardCharsets.US_ASCII);
    /** What {@code ssh -Q cipher} lists and BouncyCastle decrypts, without 3DES (a 64-bit block cipher). */
    private static final Set<String> CIPHERS = Set.of("aes128-ctr", "aes192-ctr", "aes256-ctr", "aes128-cbc", "aes192-cbc",
            "aes256-cbc", "aes128-gcm@openssh.com", "aes256-gcm@openssh.com", "chacha20-poly1305@openssh.com");

    private OpenSshKeys() {}

    /** Decodes an {@code openssh-key-v1} blob; {@code passphrase} is not retained. */
    public static SigningKey decode(byte[] blob, char[] passphrase) {
        if (blob.length < MAGIC.length || !Arrays.equals(blob, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new KeyFormatException(FORMAT + ": missing the openssh-key-v1 header; the file is corrupt");
        }
        SshReader in = new SshReader(blob, MAGIC.length, blob.length, FORMAT);
        byte[] cipher = in.string();
        byte[] kdf = in.string();
        SshReader kdfOptions = in.nested();
        int keys = in.u32();
        if (keys != 1) {
            throw new KeyFormatException(FORMAT + ": the file holds " + Integer.toUnsignedString(keys)
                    + " keys; Signet reads files with exactly one");
        }
        byte[] publicKey = in.string(); // what `ssh-keygen -y` and the .pub file show
        in.skipString(); // the private section, encrypted or not
        SigningKey key;
        if (Arrays.equals(cipher, NONE)) {
            if (!Arrays.equals(kdf, NONE) || kdfOptions.hasRemaining()) {
                throw new KeyFormatException(FORMAT + ": unencrypted, yet it names a key derivation; the file is corrupt");
            }
            NoPassphrase.require(passphrase, FORMAT, "ssh-keygen -p -f FILE");
            key = parse(blob, null, FORMAT + ": malformed or truncated");
        } else {
            key = decrypt(blob, new String(cipher, StandardCharsets.ISO_8859_1), kdf, kdfOptions, passphrase);
        }
        return matching(key, publicKey);
    }

    /** {@code key}, if the file's public key is the one its private key derives; a file that disagrees is corrupt. */
    private static SigningKey matching(SigningKey key, byte[] publicKey) {
        byte[] stated;
        try {
            stated = SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(OpenSSHPublicKeyUtil.parsePublicKey(publicKey)).getEncoded();
        } catch (IOException | RuntimeException e) {
            key.close();
            throw new KeyFormatException(FORMAT + ": the public key in the file is malformed; the file is corrupt");
        }
        if (!Arrays.equals(stated, key.publicKeySpki().orElseThrow())) {
            key.close();
            throw new KeyFormatException(FORMAT + ": the file's public key is not the one its private key derives; the file is "
                    + "corrupt or was edited (ssh-keygen -y would show another key)");
        }
        return key;
    }

    private static SigningKey decrypt(byte[] blob, String cipher, byte[] kdf, SshReader kdfOptions, char[] passphrase) {
        if (passphrase == null || passphrase.length == 0) {
            throw new KeyFormatException(ENCRYPTED + ": the key is encrypted; give its passphrase "
                    + "(P_PRIVATE_KEY_PASSPHRASE, or --passphrase-env NAME on the command line)");
        }
        if (!Arrays.equals(kdf, BCRYPT)) {
            throw new KeyFormatException(ENCRYPTED + ": unsupported key derivation " + Quoted.bytes(kdf)
                    + "; re-encrypt it with `ssh-keygen -p -f FILE`");
        }
        if (!CIPHERS.contains(cipher)) {
            throw new KeyFormatException(ENCRYPTED + ": unsupported cipher " + Quoted.text(cipher)
                    + "; re-encrypt it with `ssh-keygen -p -Z aes256-ctr -f FILE`");
        }
        SshReader salt = kdfOptions.nested();
        int rounds = kdfOptions.u32();
        if (!salt.hasRemaining() || kdfOptions.hasRemaining()) {
            throw new KeyFormatException(ENCRYPTED + ": the bcrypt options are malformed; the file is corrupt");
        }
        KdfLimits.bcrypt(rounds, ENCRYPTED);
        byte[] passBytes = Wipe.utf8(passphrase);
        try {
            return parse(blob, passBytes, ENCRYPTED + ": cannot decrypt: wrong passphrase, or the file is corrupt");
        } finally {
            Wipe.bytes(passBytes);
        }
    }

    /** BouncyCastle's decoding; its exceptions (whose messages may quote the file) become {@code failure}. */
    private static SigningKey parse(byte[] blob, byte[] passphrase, String failure) {
        AsymmetricKeyParameter params;
        try {
            params = OpenSSHPrivateKeyUtil.parsePrivateKeyBlob(blob, passphrase);
        } catch (RuntimeException e) {
            throw new KeyFormatException(failure);
        }
        return KeyInfos.fromParameters(params, passphrase == null ? FORMAT : ENCRYPTED);
    }
}
