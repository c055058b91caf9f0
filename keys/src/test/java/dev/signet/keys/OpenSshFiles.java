package dev.signet.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

/** Reads what ssh-keygen wrote without going through the parser under test: the cipher name, the public key as SPKI. */
final class OpenSshFiles {
    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410), before the 32 key bytes. */
    private static final byte[] ED25519_SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private OpenSshFiles() {}

    /** The openssh-key-v1 blob inside a {@code BEGIN OPENSSH PRIVATE KEY} file. */
    static byte[] blob(byte[] pem) {
        String body = new String(pem, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    /** The PEM armour ssh-keygen writes around {@code blob}. */
    static byte[] pem(byte[] blob) {
        return ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(blob) // signet:allow built in the test
                + "\n-----END OPENSSH PRIVATE KEY-----\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** The first string after the "openssh-key-v1\0" magic. */
    static String cipherName(byte[] pem) {
        byte[] blob = blob(pem);
        int length = u32(blob, 15);
        return new String(blob, 19, length, StandardCharsets.US_ASCII);
    }

    /**
     * Where each string length of the header sits: cipher, kdf name, kdf options, the salt inside them, public key,
     * private section.
     */
    static int[] lengthFieldOffsets(byte[] blob) {
        int cipher = 15;
        int kdf = cipher + 4 + u32(blob, cipher);
        int options = kdf + 4 + u32(blob, kdf);
        int salt = options + 4;
        int publicKey = options + 4 + u32(blob, options) + 4;
        int privateSection = publicKey + 4 + u32(blob, publicKey);
        return new int[] {cipher, kdf, options, salt, publicKey, privateSection};
    }

    /** {@code blob} with header string {@code index} (0 cipher, 1 kdf name, 2 kdf options) replaced by {@code value}. */
    static byte[] withHeaderString(byte[] blob, int index, byte[] value) {
        int at = lengthFieldOffsets(blob)[index];
        int oldEnd = at + 4 + u32(blob, at);
        byte[] out = new byte[blob.length - (oldEnd - at) + 4 + value.length];
        System.arraycopy(blob, 0, out, 0, at);
        putU32(out, at, value.length);
        System.arraycopy(value, 0, out, at + 4, value.length);
        System.arraycopy(blob, oldEnd, out, at + 4 + value.length, blob.length - oldEnd);
        return out;
    }

    static void putU32(byte[] b, int at, int value) {
        for (int i = 0; i < 4; i++) {
            b[at + i] = (byte) (value >>> (24 - 8 * i));
        }
    }

    static int u32(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | b[at + 3] & 0xff;
    }

    /**
     * The public key of a {@code .pub} line as an SPKI PEM file in {@code dir}: ssh-keygen converts RSA itself; an
     * Ed25519 SPKI is the RFC 8410 prefix plus the last 32 bytes of the SSH blob.
     */
    static Path spkiPem(Path pub, Path dir) throws IOException, InterruptedException {
        Path out = dir.resolve(pub.getFileName() + ".spki.pem");
        String[] line = Files.readString(pub).split(" ");
        if (line[0].equals("ssh-rsa")) {
            Files.write(out, dev.signet.testing.Tools.run("ssh-keygen", "-e", "-m", "PKCS8", "-f", pub.toString()));
            return out;
        }
        byte[] sshBlob = Base64.getDecoder().decode(line[1]);
        byte[] spki = Arrays.copyOf(ED25519_SPKI_PREFIX, ED25519_SPKI_PREFIX.length + 32);
        System.arraycopy(sshBlob, sshBlob.length - 32, spki, ED25519_SPKI_PREFIX.length, 32);
        Files.writeString(out, "-----BEGIN PUBLIC KEY-----\n" + Base64.getEncoder().encodeToString(spki) + "\n-----END PUBLIC KEY-----\n");
        return out;
    }
}
