package dev.signet.keys.internal;

import dev.signet.core.KeyFormatException;
import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Decrypts an openssh-key-v1 blob protected as ssh-keygen does it (bcrypt-pbkdf, AES-CTR or AES-CBC) into the
 * equivalent unencrypted blob.
 */
final class OpenSshDecryption {
    private static final String FORMAT = "encrypted OpenSSH private key";
    private static final int IV_BYTES = 16;
    private static final byte[] NONE = "none".getBytes(StandardCharsets.US_ASCII);

    private OpenSshDecryption() {}

    /** The unencrypted openssh-key-v1 blob; the caller wipes it. */
    static byte[] decrypt(byte[] blob, String cipherName, char[] passphrase) {
        if (passphrase == null) {
            throw new KeyFormatException(FORMAT + ": the key is encrypted; give its passphrase (P_PRIVATE_KEY_PASSPHRASE, or --passphrase-env NAME on the command line)");
        }
        String transformation = transformation(cipherName);
        int keyBytes = Integer.parseInt(cipherName.substring(3, 6)) / 8;
        byte[] derived = null;
        byte[] secretPart = null;
        byte[] passBytes = Wipe.utf8(passphrase);
        try {
            ByteBuffer in = ByteBuffer.wrap(blob);
            in.position(OpenSshKeys.MAGIC.length);
            string(in);
            String kdf = new String(string(in), StandardCharsets.US_ASCII);
            ByteBuffer kdfOptions = ByteBuffer.wrap(string(in));
            if (!"bcrypt".equals(kdf)) {
                throw new KeyFormatException(FORMAT + ": unsupported key derivation '" + kdf
                        + "'; re-encrypt it with `ssh-keygen -p -f FILE`");
            }
            int keyCount = in.getInt();
            byte[] publicKey = string(in);
            byte[] encrypted = string(in);
            byte[] salt = string(kdfOptions);
            int rounds = kdfOptions.getInt();
            KdfLimits.bcrypt(rounds, FORMAT);
            derived = BcryptPbkdf.derive(passBytes, salt, rounds, keyBytes + IV_BYTES);
            Cipher cipher = Cipher.getInstance(transformation);
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(derived, 0, keyBytes, "AES"),
                    new IvParameterSpec(derived, keyBytes, IV_BYTES));
            secretPart = cipher.doFinal(encrypted);
            if (!checkIntsMatch(secretPart)) {
                throw new KeyFormatException(FORMAT + ": cannot decrypt: wrong passphrase, or the file is corrupt");
            }
            return unencryptedBlob(keyCount, publicKey, repadded(secretPart));
        } catch (BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
            throw new KeyFormatException(FORMAT + ": malformed or truncated");
        } catch (GeneralSecurityException e) {
            throw new KeyFormatException(FORMAT + ": cannot decrypt: wrong passphrase, or the file is corrupt");
        } finally {
            Wipe.bytes(passBytes);
            Wipe.bytes(derived);
            Wipe.bytes(secretPart);
        }
    }

    /** The private section starts with the same random 32-bit value twice: the format's passphrase check. */
    private static boolean checkIntsMatch(byte[] section) {
        return section.length >= 8 && java.security.MessageDigest.isEqual(Arrays.copyOfRange(section, 0, 4), Arrays.copyOfRange(section, 4, 8));
    }

    private static String transformation(String cipherName) {
        switch (cipherName) {
            case "aes128-ctr":
            case "aes192-ctr":
            case "aes256-ctr":
                return "AES/CTR/NoPadding";
            case "aes128-cbc":
            case "aes192-cbc":
            case "aes256-cbc":
                return "AES/CBC/NoPadding";
            default:
                throw new KeyFormatException(FORMAT + ": unsupported cipher '" + cipherName
                        + "'; re-encrypt it with `ssh-keygen -p -Z aes256-ctr -f FILE`");
        }
    }

    private static byte[] unencryptedBlob(int keyCount, byte[] publicKey, byte[] secretPart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(secretPart.length + publicKey.length + 64);
        out.writeBytes(OpenSshKeys.MAGIC);
        writeString(out, NONE);
        writeString(out, NONE);
        writeString(out, new byte[0]);
        writeInt(out, keyCount);
        writeString(out, publicKey);
        writeString(out, secretPart);
        byte[] blob = out.toByteArray();
        Arrays.fill(secretPart, (byte) 0);
        return blob;
    }

    /**
     * The private section padded to 8 bytes, as in an unencrypted key: ssh-keygen pads to the cipher's block size
     * (16 for AES) and BouncyCastle rejects more than 7 padding bytes. Padding is the run 1, 2, 3, ... at the end.
     */
    private static byte[] repadded(byte[] section) {
        int padding = section.length == 0 ? 0 : Math.max(0, section[section.length - 1]);
        for (int i = 0; i < padding; i++) {
            if (padding > Math.min(IV_BYTES, section.length) || section[section.length - padding + i] != i + 1) {
                padding = 0;
                break;
            }
        }
        int content = section.length - padding;
        byte[] result = Arrays.copyOf(section, content + (8 - content % 8) % 8);
        for (int i = content; i < result.length; i++) {
            result[i] = (byte) (i - content + 1);
        }
        Arrays.fill(section, (byte) 0);
        return result;
    }

    private static byte[] string(ByteBuffer in) {
        byte[] value = new byte[in.getInt()];
        in.get(value);
        return value;
    }

    private static void writeString(ByteArrayOutputStream out, byte[] value) {
        writeInt(out, value.length);
        out.writeBytes(value);
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }
}
