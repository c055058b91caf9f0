package dev.signet.keys;

import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.SigningKey;
import dev.signet.credentials.FileRules;
import dev.signet.keys.internal.PemEncoder;
import dev.signet.keys.internal.Pkcs8Encryption;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.util.io.pem.PemObject;

/**
 * Writes a key pair as {@code DIR/private.pem} (PKCS#8, created atomically with mode 0600; PBES2 AES-256-CBC +
 * PBKDF2-HMAC-SHA256 when a passphrase is given) and {@code DIR/public.pem} (SPKI). Never overwrites.
 *
 * <pre>{@code KeyFiles.writeKeyPair(SigningKeyGenerator.ed25519(), Path.of("keys"), null);}</pre>
 */
public final class KeyFiles {
    /** The private key file's name. */
    public static final String PRIVATE_PEM = "private.pem";
    /** The public key file's name. */
    public static final String PUBLIC_PEM = "public.pem";

    private KeyFiles() {}

    /**
     * Writes both files; the directory is created with mode 0700 if absent, and must pass the secret-file folder
     * rules ({@link FileRules#checkFolder(Path)}): a folder another user owns or may write could swap
     * {@code public.pem} for their own key before it is registered, or read {@code private.pem} later.
     *
     * @throws dev.signet.core.InsecureFilePermissionsException if the folder or one above it is not safe
     * @param passphrase encrypts the private key when non-null and non-empty; not retained
     * @throws FileAlreadyExistsException if either file exists (nothing is written then)
     */
    public static void writeKeyPair(SigningKey key, Path dir, char[] passphrase) throws IOException {
        Path privatePem = dir.resolve(PRIVATE_PEM);
        Path publicPem = dir.resolve(PUBLIC_PEM);
        for (Path p : new Path[] {privatePem, publicPem}) {
            if (Files.exists(p)) {
                throw new FileAlreadyExistsException(p.toString(), null, "refusing to overwrite an existing key file");
            }
        }
        Files.createDirectories(dir, posix("rwx------"));
        FileRules.create().checkFolder(dir);
        byte[] pem = privatePem(key, passphrase);
        try {
            writeNew(privatePem, pem, posix("rw-------"));
        } finally {
            Arrays.fill(pem, (byte) 0);
        }
        writeNew(publicPem, PublicKeyExport.pem(key).getBytes(StandardCharsets.US_ASCII), posix("rw-r--r--"));
    }

    private static byte[] privatePem(SigningKey key, char[] passphrase) {
        byte[] der = InsecureSecretAccess.copyBytes(key.material());
        try {
            PemObject pem = passphrase == null || passphrase.length == 0
                    ? new PemObject("PRIVATE KEY", der)
                    : Pkcs8Encryption.encrypt(PrivateKeyInfo.getInstance(der), passphrase);
            return PemEncoder.encode(pem.getType(), pem.getContent());
        } finally {
            Arrays.fill(der, (byte) 0);
        }
    }

    /** Creates {@code target} with its final permissions and fsyncs it; fails if it exists (O_EXCL). */
    private static void writeNew(Path target, byte[] content, FileAttribute<?>[] attributes) throws IOException {
        try (FileChannel channel = FileChannel.open(target, java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                attributes)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static FileAttribute<?>[] posix(String permissions) {
        boolean posix = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }
}
